import { describe, expect, it } from 'vitest';
import { BACKUP_MESSAGES, diagnose, diagnoseMessage, explain } from '../../lib/diagnose';

const page = (text: string, title = '', url = '') => ({ url, title, text });

describe('diagnose', () => {
  it('quotes the words as the page writes them, for highlighting', () => {
    const text =
      'Today my IPHONE said: This iPhone Cannot Be Backed Up because there is Not Enough iCloud Storage.';
    const d = diagnose(page(text));
    const quotes = d.causes.flatMap((c) => c.evidence.map((e) => e.quote));
    expect(quotes).toContain('Not Enough iCloud Storage');
    for (const q of quotes) expect(text).toContain(q);
  });

  it('lists error codes as written, in order, once each', () => {
    const d = diagnose(
      page('Backup failed with 0xE8000084, then error -36, then 0xE8000084 again and -402620395.'),
    );
    expect(d.errorCodes).toEqual(['0xE8000084', '-36', '-402620395']);
  });

  it('does not take a verification code or a count for an error code', () => {
    const d = diagnose(
      page('Enter the verification code 482913 sent to your iPhone. I tried 3 cables.'),
    );
    expect(d.errorCodes).toEqual([]);
  });

  it('reads a minus sign only where it starts a number', () => {
    expect(diagnose(page('The backup failed: error code -54.')).errorCodes).toEqual(['-54']);
    expect(diagnose(page('Backup failed on iOS-54 beta error')).errorCodes).toEqual([]);
  });

  it('does not match a phrase across the end of a sentence', () => {
    const ids = explain(page('I wanted to back. Up there the backup was fine.')).map((f) => f.id);
    expect(ids).not.toContain('computer-backup-topic');
    expect(explain(page('Open the Status.plist file')).map((f) => f.id)).toContain('backup-files');
  });

  it('reads scripts without spaces one character at a time, however long the page', () => {
    const text = `${'あ'.repeat(5000)}バックアップに失敗しました。`;
    const found = explain(page(text));
    expect(found.map((f) => f.id)).toContain('ja-backup-failed');
    expect(found[0]?.evidence[0]?.quote).toBe('バックアップに失敗');
  });

  it.each([
    ['French, after an elision', "J'ai l'échec de la sauvegarde chaque soir.", 'fr-backup-failed'],
    [
      'French, a negation elided',
      "La dernière sauvegarde n'a pas pu être effectuée.",
      'fr-last-backup-not-completed',
    ],
    [
      'Italian, after an elision',
      "Non è stato possibile completare l'ultimo backup.",
      'it-last-backup-not-completed',
    ],
    [
      'German, the verb at the end of a clause',
      'Ich sehe, dass das letzte Backup nicht abgeschlossen werden konnte.',
      'de-last-backup-not-completed',
    ],
    [
      'German, words between the parts',
      'Das Backup klappt seit Tagen trotzdem nicht.',
      'de-cant-back-up',
    ],
    [
      'Japanese, polite and without a particle',
      'iPhoneをバックアップできません。',
      'ja-backup-failed',
    ],
    ['Japanese, plain and with a particle', 'バックアップが取れない', 'ja-backup-failed'],
    ['Korean, a particle attached', '아이폰 백업이 안 돼요', 'ko-backup-failed'],
    ['Korean, written without the space', '백업이안돼요', 'ko-backup-failed'],
    ['Chinese, an adverb between the parts', 'iCloud 备份一直失败', 'zh-backup-failed'],
    ['traditional Chinese', '無法完成上次備份', 'zh-last-backup-not-completed'],
    // A backup noun with the article of its gender.
    [
      'Portuguese "a cópia"',
      'Não foi possível efetuar a cópia de segurança do iPhone.',
      'pt-could-not-back-up',
    ],
    ['Portuguese "uma cópia"', 'Não consigo fazer uma cópia de segurança.', 'pt-cant-back-up'],
    ['Portuguese "na cópia"', 'Deu falha na cópia de segurança de ontem.', 'pt-backup-failed'],
    ['Portuguese "no meio da cópia"', 'Dá erro no meio da cópia de segurança.', 'pt-backup-failed'],
    [
      'Spanish "el respaldo"',
      'iTunes no pudo hacer el respaldo del iPhone.',
      'es-could-not-back-up',
    ],
    ['Spanish "un respaldo"', 'No puedo hacer un respaldo del iPhone.', 'es-cant-back-up'],
    ['Spanish "error en el respaldo"', 'Me sale error en el respaldo.', 'es-backup-failed'],
  ])('reads %s', (_, text, id) => {
    expect(explain(page(text)).map((f) => f.id)).toContain(id);
  });

  it('does not read an article of the wrong gender as agreeing', () => {
    const found = explain(page('Não foi possível efetuar o cópia de segurança.'));
    expect(found.map((f) => f.id)).not.toContain('pt-could-not-back-up');
  });

  // "Can't back up the iPhone" without the app's name is iCloud's message as well as the computer's.
  it.each([
    ['Korean, iCloud', 'iCloud 저장 공간이 부족하기 때문에 iPhone을 백업할 수 없습니다.', 'icloud'],
    [
      'Korean, computer',
      'Finder에서 iPhone을 백업할 수 없습니다. 케이블도 바꿔 봤어요.',
      'computer',
    ],
    [
      'Japanese, iCloud',
      'iCloud ストレージが不足しているため iPhone をバックアップできません。',
      'icloud',
    ],
    ['simplified Chinese, iCloud', '无法备份 iPhone，因为 iCloud 储存空间不足。', 'icloud'],
    ['traditional Chinese, iCloud', '無法備份 iPhone，因為 iCloud 儲存空間不足。', 'icloud'],
  ] as const)(
    'takes the channel of a generic "can\'t back up the iPhone" from the words around it: %s',
    (_, text, channel) => {
      expect(diagnose(page(text)).channel).toBe(channel);
    },
  );

  it("does not take a how-to's advice to have enough iCloud storage for the message that there is not", () => {
    const advice = explain(page('Before you start, check that you have enough iCloud storage.'));
    expect(advice.map((f) => f.id)).not.toContain('not-enough-icloud-storage');
    const message = explain(page("The backup stopped: I don't have enough iCloud storage."));
    expect(message.map((f) => f.id)).toContain('not-enough-icloud-storage');
  });

  it('keeps English apostrophes inside words', () => {
    expect(explain(page("It can't back up.")).map((f) => f.id)).toContain('cant-back-up');
  });

  it('does not take one passing mention of the other backup for both', () => {
    const icloudPage = page(
      'iPhone Backup Failed: not enough iCloud storage. I used iTunes years ago, but not now.',
    );
    expect(diagnose(icloudPage).channel).toBe('icloud');
    const finderPage = page(
      'Finder says the iPhone could not be backed up. iCloud is off on my Mac.',
    );
    expect(diagnose(finderPage).channel).toBe('computer');
  });

  it('reads both backups when both are discussed', () => {
    const text =
      'My iPhone will not back up to iCloud: not enough iCloud storage. And on my PC, iTunes could not back up the iPhone because the iPhone disconnected.';
    expect(diagnose(page(text)).channel).toBe('both');
  });

  it("does not let another app's backup cancel Apple's own message", () => {
    const text =
      'My iPhone says the last backup could not be completed. My WhatsApp backup still works.';
    expect(diagnose(page(text)).isBackupError).toBe(true);
    expect(diagnose(page('My WhatsApp backup failed last night.')).isBackupError).toBe(false);
  });

  it.each([
    ['Japanese', 'iCloudバックアップがオフになっていて、バックアップできません。'],
    ['simplified Chinese', 'iCloud 云备份无法备份，储存空间不足。'],
    ['traditional Chinese', 'iCloud 備份一直失敗，iCloud 儲存空間不足。'],
    ['Korean', 'iCloud 백업이 안 돼요. iCloud 저장 공간이 부족해요.'],
  ])('gives %s iCloud wording the weight of iCloud', (_, text) => {
    const d = diagnose(page(text));
    expect(d.isBackupError).toBe(true);
    expect(d.channel).toBe('icloud');
  });

  it('claims no cause for -402620395, a generic communication error', () => {
    const d = diagnose(page('iTunes backup fails with error -402620395 every time.'));
    expect(d.isBackupError).toBe(true);
    expect(d.channel).toBe('computer');
    expect(d.causes).toEqual([]);
  });

  it('ties 0xE8000084 to the connection and -36/-50/-54 to the computer side', () => {
    expect(diagnose(page('Backup failed: 0xE8000084')).causes[0]?.id).toBe('connection');
    const files = diagnose(page('Finder backup failed with error -50')).causes.map((c) => c.id);
    expect(files).toEqual(
      expect.arrayContaining(['computer-storage-full', 'corrupt-backup', 'security-software']),
    );
  });

  it('reads Apple article ids in any locale and old HT ids', () => {
    for (const url of [
      'https://support.apple.com/ja-jp/102563',
      'https://support.apple.com/kb/ht203516?locale=en_US',
    ]) {
      expect(explain(page('', '', url)).some((f) => f.id.startsWith('url:'))).toBe(true);
    }
  });

  it('reads the support search query as evidence', () => {
    const d = diagnose(
      page(
        '',
        'Search - Apple Support',
        'https://support.apple.com/en-us/search?q=iphone+backup+failed',
      ),
    );
    expect(d.isBackupError).toBe(true);
  });

  it('says no with confidence 0 and channel none on an empty page', () => {
    expect(diagnose(page(''))).toEqual({
      isBackupError: false,
      confidence: expect.any(Number),
      channel: 'none',
      causes: [],
      errorCodes: [],
    });
  });

  it('keeps isBackupError and confidence >= 0.5 the same decision', () => {
    for (const text of [
      'backup failed',
      'icloud backup',
      'not enough iCloud storage',
      'error 4013 backup failed',
    ]) {
      const d = diagnose(page(text));
      expect(d.isBackupError).toBe(d.confidence >= 0.5);
    }
  });
});

describe('diagnoseMessage (the popup troubleshooter)', () => {
  it('offers every recognised error message with its wording', () => {
    expect(BACKUP_MESSAGES.length).toBeGreaterThanOrEqual(8);
    for (const m of BACKUP_MESSAGES) expect(diagnoseMessage(m.id).isBackupError).toBe(true);
  });

  it('diagnoses a picked message by id', () => {
    const d = diagnoseMessage('not-enough-icloud-storage');
    expect(d.causes[0]?.id).toBe('icloud-storage-full');
    expect(d.channel).toBe('icloud');
  });

  it('diagnoses a typed code, and quotes only what was typed', () => {
    const d = diagnoseMessage('0xE8000084');
    expect(d.isBackupError).toBe(true);
    expect(d.channel).toBe('computer');
    expect(d.causes[0]?.id).toBe('connection');
    expect(d.causes[0]?.evidence.every((e) => e.quote === '0xE8000084')).toBe(true);
  });

  it('says a restore code is not a backup problem', () => {
    expect(diagnoseMessage('4013').isBackupError).toBe(false);
  });
});
