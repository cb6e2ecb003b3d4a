import { describe, expect, it } from 'vitest';
import { EN_STRINGS } from '../../../lib/i18n/strings';
import { parseStatusFeed, summarizeServices, type ServiceStatus } from '../../../lib/status';
import {
  decideNotices,
  INITIAL_NOTIFY_MEMORY,
  sanitizeNotifyMemory,
  type NotifyMemory,
} from '../../../lib/status/notify';
import { FIXTURE_NOW, feedFixture } from './feed-files';

function services(file: string): ServiceStatus[] {
  return summarizeServices(parseStatusFeed(feedFixture(file)), FIXTURE_NOW);
}

/** Runs fetches in order, returning the notices each one produced as "kind messageId". */
function run(files: string[], memory: NotifyMemory = INITIAL_NOTIFY_MEMORY): string[][] {
  const out: string[][] = [];
  for (const file of files) {
    const result = decideNotices(memory, services(file), EN_STRINGS);
    memory = result.memory;
    out.push(result.notices.map((n) => `${n.kind} ${n.messageId}`));
  }
  return out;
}

describe('decideNotices', () => {
  it('announces nothing on the first fetch after install, even during an incident', () => {
    expect(run(['backup-outage.json'])).toEqual([[]]);
  });

  it('announces an incident once when it starts and once when it ends', () => {
    expect(
      run([
        'all-available.json',
        'backup-outage.json',
        'backup-outage.json',
        'all-available.json',
        'all-available.json',
      ]),
    ).toEqual([[], ['started 1000009101'], [], ['ended 1000009101'], []]);
  });

  it('announces the end of an incident that was already going on at install', () => {
    expect(run(['backup-outage.json', 'resolved-yesterday.json'])).toEqual([
      [],
      ['ended 1000009101'],
    ]);
  });

  it('never repeats a messageId that comes back after it ended', () => {
    expect(
      run(['all-available.json', 'backup-outage.json', 'all-available.json', 'backup-outage.json']),
    ).toEqual([[], ['started 1000009101'], ['ended 1000009101'], []]);
  });

  it('names every watched service of a multi-service incident in one notification', () => {
    const first = decideNotices(INITIAL_NOTIFY_MEMORY, services('all-available.json'), EN_STRINGS);
    const { notices } = decideNotices(first.memory, services('backup-outage.json'), EN_STRINGS);
    expect(notices).toEqual([
      {
        id: 'backup-doctor-1000009101-started',
        kind: 'started',
        messageId: '1000009101',
        title: 'iCloud Backup and iCloud Account & Sign In: outage',
        message: 'Users may be unable to back up to iCloud & restore from a backup.',
      },
    ]);
  });

  it.each([
    ['maintenance', 'backup-maintenance-ongoing.json', ['started 2000009301']],
    ['an issue', 'backup-issue-ongoing.json', ['started 1000009401']],
    ['upcoming maintenance', 'upcoming-maintenance.json', []],
    ['a resolved event', 'resolved-yesterday.json', []],
  ])('after a calm start, %s gives %j', (_, file, expected) => {
    expect(run(['all-available.json', file])[1]).toEqual(expected);
  });

  it('ignores incidents on services it does not watch (iCloud Drive performance)', () => {
    const out = decideNotices(
      { initialized: true, seen: [['1000009101', 'ongoing']] },
      services('backup-outage.json'),
      EN_STRINGS,
    );
    expect(out.notices).toEqual([]);
    expect(out.memory.seen.map(([id]) => id)).toEqual(['1000009101']);
  });

  it('sanitizes what storage holds', () => {
    expect(sanitizeNotifyMemory(null)).toEqual(INITIAL_NOTIFY_MEMORY);
    expect(
      sanitizeNotifyMemory({ initialized: true, seen: [['a', 'ongoing'], ['b', 'gone'], 'c'] }),
    ).toEqual({ initialized: true, seen: [['a', 'ongoing']] });
  });
});
