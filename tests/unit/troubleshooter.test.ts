import { describe, expect, it } from 'vitest';
import { TROUBLESHOOTER_CHOICES } from '../../content/troubleshooter';
import type { CauseId } from '../../lib/diagnose/types';
import { planFixes } from '../../lib/plan';
import { diagnoseChoice, diagnoseCode } from '../../lib/troubleshoot/diagnose-choice';
import { CHOICE_LABELS } from '../../content/strings/choices';

/** The cause each message must bring first (null: no single cause, the general plan). */
const EXPECTED: Record<string, CauseId | null> = {
  'iphone-backup-failed': null,
  'not-enough-icloud-storage': 'icloud-storage-full',
  'last-backup-not-completed': null,
  'icloud-backup-greyed-out': 'icloud-backup-off',
  'computer-error-occurred': null,
  'computer-backup-corrupt': 'corrupt-backup',
  'computer-iphone-disconnected': 'connection',
  'computer-not-enough-space': 'computer-storage-full',
  'computer-session-failed': null,
  'no-backup-no-message': 'backup-conditions',
  'not-sure': null,
};

describe('the troubleshooter’s choices through diagnose', () => {
  it('has an expectation for every choice, and ids are unique', () => {
    const ids = TROUBLESHOOTER_CHOICES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(EXPECTED).sort()).toEqual([...ids].sort());
  });

  it.each(TROUBLESHOOTER_CHOICES.map((c) => [CHOICE_LABELS[c.id], c] as const))(
    '%s becomes a backup diagnosis on its channel with a plan',
    (_, choice) => {
      const { diagnosis } = diagnoseChoice(choice);
      expect(diagnosis.isBackupError).toBe(true);
      expect(diagnosis.channel).toBe(choice.channel);
      const expected = EXPECTED[choice.id];
      if (expected) expect(diagnosis.causes[0]?.id).toBe(expected);
      expect(planFixes(diagnosis, null, { computer: 'mac' }).steps.length).toBeGreaterThan(0);
    },
  );

  it.each([
    ['0xE8000084', 'connection'],
    ['-36', null],
  ] as const)('reads the backup code %s as a backup error', (code, cause) => {
    const answer = diagnoseCode(code);
    expect(answer.isBackupError).toBe(true);
    if (cause) expect(answer.diagnosis.causes.map((c) => c.id)).toContain(cause);
    expect(answer.diagnosis.errorCodes).toContain(code);
  });

  it.each(['4013', '9006'])('says the restore code %s is not a backup error', (code) => {
    const answer = diagnoseCode(code);
    expect(answer.isBackupError).toBe(false);
    expect(planFixes(answer.diagnosis, null, { computer: 'mac' }).general).toBe(true);
  });
});
