import { describe, expect, it } from 'vitest';
import { diagnose } from '../../lib/diagnose';
import type { Channel, PageText } from '../../lib/diagnose';
import { pickChannel, type Mention } from '../../lib/diagnose/channel';

const TITLE = 0;
const QUERY = 1;
const TEXT = 2;

/** A mention as find() records it: a place on the page with its weights for each backup. */
function at(
  start: number,
  weights: { icloud?: number; computer?: number },
  more: Partial<Omit<Mention, 'icloud' | 'computer' | 'start'>> = {},
): Mention {
  return {
    source: 0,
    icloud: weights.icloud ?? 0,
    computer: weights.computer ?? 0,
    field: TEXT,
    start,
    end: start + 6,
    factor: 1,
    message: false,
    ...more,
  };
}

const ICLOUD_MESSAGE = { icloud: 2 };
const COMPUTER_WORD = { computer: 1.5 };
const ICLOUD_WORD = { icloud: 2 };
const REPLY = { factor: 0.5 };

describe('the channel decision', () => {
  it.each<[string, Mention[], Channel]>([
    ['iCloud named, nothing else', [at(0, ICLOUD_WORD)], 'icloud'],
    ['the computer named, nothing else', [at(0, COMPUTER_WORD)], 'computer'],
    [
      'one passing computer word on an iCloud page',
      [at(0, ICLOUD_MESSAGE, { message: true }), at(40, ICLOUD_WORD), at(80, COMPUTER_WORD)],
      'icloud',
    ],
    [
      'the computer in three words of one place (overlapping hits are one place)',
      [
        at(0, ICLOUD_MESSAGE, { message: true }),
        at(40, COMPUTER_WORD),
        at(42, COMPUTER_WORD),
        at(44, COMPUTER_WORD),
      ],
      'icloud',
    ],
    [
      'each backup named twice by the asker',
      [at(0, ICLOUD_WORD), at(20, ICLOUD_WORD), at(40, COMPUTER_WORD), at(80, COMPUTER_WORD)],
      'both',
    ],
    [
      "the computer's message beside iCloud's",
      [at(0, ICLOUD_MESSAGE, { message: true }), at(40, { computer: 2 }, { message: true })],
      'both',
    ],
    [
      'the other backup only in replies, twice',
      [at(0, ICLOUD_WORD), at(100, COMPUTER_WORD, REPLY), at(140, COMPUTER_WORD, REPLY)],
      'icloud',
    ],
    [
      "replies heavier than the asker's words: the asker's backup",
      [
        at(0, { computer: 1 }),
        at(100, ICLOUD_WORD, REPLY),
        at(140, ICLOUD_WORD, REPLY),
        at(180, ICLOUD_WORD, REPLY),
      ],
      'computer',
    ],
    [
      'only replies name a backup: theirs',
      [at(100, COMPUTER_WORD, REPLY), at(140, COMPUTER_WORD, REPLY)],
      'computer',
    ],
    [
      'both named in one phrase by the asker',
      [at(0, { icloud: 2, computer: 2 }, { field: TITLE, factor: 1.5 }), at(40, COMPUTER_WORD)],
      'both',
    ],
    [
      'both named in one phrase only in a reply',
      [at(0, ICLOUD_WORD), at(100, { icloud: 2, computer: 2 }, REPLY)],
      'icloud',
    ],
    ['no backup named at all: iCloud, the backup that needs no name', [], 'icloud'],
    ['only a lean (Wi-Fi) toward iCloud', [at(0, { icloud: 0.5 })], 'icloud'],
    [
      'a lean repeated in title, query and text against the computer named twice',
      [
        at(0, { icloud: 1 }, { field: TITLE, factor: 1.5, source: 1 }),
        at(0, { icloud: 1 }, { field: QUERY, factor: 1.5, source: 1 }),
        at(0, { icloud: 1 }, { source: 1 }),
        at(20, { icloud: 1 }, { source: 1 }),
        at(40, { icloud: 1 }, { source: 1 }),
        at(60, ICLOUD_WORD),
        at(80, COMPUTER_WORD),
        at(120, COMPUTER_WORD),
      ],
      'both',
    ],
  ])('%s', (_, mentions, channel) => {
    expect(pickChannel(mentions)).toBe(channel);
  });

  it('does not count a backup offered instead, in the sentence that offers it', () => {
    const mentions = [
      at(0, ICLOUD_MESSAGE, { message: true }),
      at(40, ICLOUD_WORD),
      at(100, COMPUTER_WORD),
      at(130, COMPUTER_WORD),
    ];
    expect(pickChannel(mentions)).toBe('both');
    expect(pickChannel(mentions, [{ field: TEXT, start: 90, end: 150 }])).toBe('icloud');
    // An offer in the title does not reach the text.
    expect(pickChannel(mentions, [{ field: TITLE, start: 90, end: 150 }])).toBe('both');
  });

  it('does not depend on the order the mentions were found in', () => {
    const mentions = [at(80, COMPUTER_WORD), at(0, ICLOUD_WORD), at(40, COMPUTER_WORD)];
    expect(pickChannel(mentions)).toBe(pickChannel([...mentions].reverse()));
  });
});

describe('the channel of a page', () => {
  const thread = (question: string, reply: string): PageText => ({
    url: 'https://discussions.apple.com/thread/1',
    title: '',
    text: `${question}\n${reply}`,
    replyStart: question.length + 1,
  });

  it("is the asker's backup when a reply suggests the other one", () => {
    const d = diagnose(
      thread(
        'iTunes could not back up the iPhone because an error occurred. The PC is old.',
        'Back up to iCloud instead, iCloud backup works without the PC.',
      ),
    );
    expect(d.isBackupError).toBe(true);
    expect(d.channel).toBe('computer');
  });

  it("is the failing backup's, not the one a guide offers at its end", () => {
    const guide = (end: string): PageText => ({
      url: 'https://example.com/page',
      title: 'iPhone Backup Failed',
      text: `Your iCloud backup did not finish: there is not enough iCloud storage. ${end}`,
    });
    expect(
      diagnose(guide('You can also back up to your computer with Finder or iTunes.')).channel,
    ).toBe('icloud');
    expect(
      diagnose(guide('Backing up to my computer with Finder or iTunes fails too, with an error.'))
        .channel,
    ).toBe('both');
  });

  it('is iCloud on a failing-backup page that names no backup', () => {
    const d = diagnose({
      url: 'https://example.com/page',
      title: 'My iPhone has not backed up for two weeks',
      text: "My iPhone hasn't backed up in two weeks and I don't know why.",
    });
    expect(d.isBackupError).toBe(true);
    expect(d.channel).toBe('icloud');
  });
});
