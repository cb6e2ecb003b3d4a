import { describe, expect, it } from 'vitest';
import type { CauseId, Channel } from '../../lib/diagnose/types';
import { planFixes } from '../../lib/plan';
import type { Env } from '../../lib/plan/types';
import type { ServiceStatus } from '../../lib/status/types';
import { diagnosis, event, service } from './plan-helpers';

const MAC: Env = { computer: 'mac' };
const ids = (plan: { steps: { id: string }[] }) => plan.steps.map((s) => s.id);

describe('planFixes orders the steps by the diagnosis', () => {
  it.each<[string, Channel, [CauseId, number][], string[]]>([
    [
      'the strongest cause comes first; deleting waits for every safer step',
      'icloud',
      [
        ['icloud-storage-full', 0.9],
        ['backup-conditions', 0.4],
      ],
      [
        'icloud-check-backup-size',
        'icloud-trim-backup',
        'icloud-upgrade-storage',
        'icloud-backup-conditions',
        'icloud-free-space',
        'icloud-back-up-now',
      ],
    ],
    [
      'causes are sorted by score even when given out of order',
      'icloud',
      [
        ['backup-conditions', 0.4],
        ['icloud-storage-full', 0.9],
      ],
      [
        'icloud-check-backup-size',
        'icloud-trim-backup',
        'icloud-upgrade-storage',
        'icloud-backup-conditions',
        'icloud-free-space',
        'icloud-back-up-now',
      ],
    ],
    [
      'a step shared by two causes appears once, at its earliest place, and resets go last',
      'icloud',
      [
        ['apple-account', 0.8],
        ['network', 0.6],
      ],
      [
        'account-check-signin',
        'restart-device',
        'network-wifi-check',
        'account-sign-out-in',
        'reset-network-settings',
        'icloud-back-up-now',
      ],
    ],
    [
      'a computer page gets the computer steps for a damaged backup',
      'computer',
      [['corrupt-backup', 0.9]],
      [
        'restart-device',
        'restart-computer',
        'computer-replace-damaged-backup',
        'computer-back-up-now',
      ],
    ],
    [
      'an iCloud page gets the iCloud steps for a damaged backup',
      'icloud',
      [['corrupt-backup', 0.9]],
      [
        'restart-device',
        'encrypt-local-backup',
        'icloud-replace-damaged-backup',
        'icloud-back-up-now',
      ],
    ],
    [
      'a cause with no steps on the channel falls back to the other channel’s',
      'computer',
      [['icloud-storage-full', 0.7]],
      [
        'icloud-check-backup-size',
        'icloud-trim-backup',
        'icloud-upgrade-storage',
        'icloud-free-space',
        'computer-back-up-now',
      ],
    ],
    [
      'a page about both channels ends by trying both backups',
      'both',
      [['outdated-software', 0.7]],
      ['update-ios', 'update-computer', 'icloud-back-up-now', 'computer-back-up-now'],
    ],
    [
      'a disconnected iPhone gets the connection steps with the trust reset last',
      'computer',
      [['connection', 0.9]],
      [
        'connection-unlock-trust',
        'connection-cable-port',
        'restart-device',
        'restart-computer',
        'update-computer',
        'reset-trust-settings',
        'computer-back-up-now',
      ],
    ],
  ])('%s', (_, channel, causes, expected) => {
    const plan = planFixes(diagnosis(channel, causes), null, MAC);
    expect(ids(plan)).toEqual(expected);
    expect(plan.general).toBe(false);
    expect(plan.incident).toBeNull();
  });

  it('labels a shared step with every cause it addresses, strongest first', () => {
    const plan = planFixes(
      diagnosis('icloud', [
        ['apple-account', 0.8],
        ['network', 0.6],
      ]),
      null,
      MAC,
    );
    expect(plan.steps.find((s) => s.id === 'restart-device')?.causes).toEqual([
      'apple-account',
      'network',
    ]);
  });

  it('never lists a step twice, whatever the causes', () => {
    const all: [CauseId, number][] = [
      ['icloud-storage-full', 0.9],
      ['computer-storage-full', 0.85],
      ['device-storage-low', 0.8],
      ['network', 0.75],
      ['backup-conditions', 0.7],
      ['icloud-backup-off', 0.65],
      ['outdated-software', 0.6],
      ['corrupt-backup', 0.55],
      ['service-outage', 0.5],
      ['apple-account', 0.45],
      ['connection', 0.4],
      ['security-software', 0.35],
      ['restrictions', 0.3],
    ];
    for (const channel of ['icloud', 'computer', 'both', 'none'] as const) {
      const list = ids(planFixes(diagnosis(channel, all), null, MAC));
      expect(new Set(list).size, channel).toBe(list.length);
    }
  });
});

describe('planFixes picks the variant for the person’s computer and iOS', () => {
  const backUpNow = (env: Env, channel: Channel = 'computer') =>
    planFixes(diagnosis(channel, [['connection', 0.9]]), null, env).steps.find(
      (s) => s.id === 'computer-back-up-now',
    );

  it.each<[string, Env, string, string | undefined]>([
    ['a current Mac uses Finder', { computer: 'mac' }, 'Finder', 'mac-finder'],
    ['macOS 10.15 uses Finder', { computer: 'mac', macos: 10.15 }, 'Finder', 'mac-finder'],
    ['macOS 10.14 uses iTunes', { computer: 'mac', macos: 10.14 }, 'iTunes', 'mac-itunes'],
    ['Windows uses Apple Devices', { computer: 'windows' }, 'Apple Devices', 'windows'],
    ['an unknown computer gets the general text', { computer: 'other' }, 'Finder (Mac)', undefined],
  ])('%s', (_, env, expected, variant) => {
    const step = backUpNow(env);
    expect(step?.where).toContain(expected);
    expect(step?.computer).toBe(variant);
  });

  it.each<[string, number | undefined, string]>([
    [
      'current iOS',
      undefined,
      'Settings > General > Transfer or Reset iPhone > Reset > Reset Network Settings',
    ],
    [
      'iOS 15',
      15,
      'Settings > General > Transfer or Reset iPhone > Reset > Reset Network Settings',
    ],
    ['iOS 14', 14, 'Settings > General > Reset > Reset Network Settings'],
    ['iOS 10', 10, 'Settings > General > Reset > Reset Network Settings'],
    ['iOS 10.3', 10.3, 'Settings > General > Reset > Reset Network Settings'],
  ])('uses the right reset path on %s', (_, iosMajor, where) => {
    const env: Env = iosMajor === undefined ? MAC : { ...MAC, iosMajor };
    const plan = planFixes(diagnosis('icloud', [['network', 0.9]]), null, env);
    expect(plan.steps.find((s) => s.id === 'reset-network-settings')?.where).toBe(where);
  });

  it.each<[string, number, string]>([
    ['iOS 10.3', 10.3, 'Settings > [your name] > iCloud > iCloud Backup > Back Up Now'],
    ['iOS 10.2', 10.2, 'Settings > iCloud > Backup > Back Up Now'],
  ])('draws the Settings > [your name] line at iOS 10.3: %s', (_, iosMajor, where) => {
    const plan = planFixes(diagnosis('icloud', [['network', 0.9]]), null, { ...MAC, iosMajor });
    expect(plan.steps.at(-1)?.where).toBe(where);
  });

  it('uses Settings > iCloud > Backup on iOS 10', () => {
    const plan = planFixes(diagnosis('icloud', [['network', 0.9]]), null, {
      computer: 'windows',
      iosMajor: 10,
    });
    expect(plan.steps.at(-1)?.where).toBe('Settings > iCloud > Backup > Back Up Now');
  });
});

describe('planFixes puts Apple’s ongoing incident first', () => {
  const outage = event({ message: 'Some users can’t back up to iCloud.' });

  it.each<[string, Parameters<typeof service>[]]>([
    ['on iCloud Backup', [['iCloud Backup', [outage]]]],
    ['on iCloud Account & Sign In', [['iCloud Account & Sign In', [outage]]]],
    ['with an entity in the name', [['iCloud Account &amp; Sign In', [outage]]]],
    ['whatever the case and spacing', [['  icloud  BACKUP ', [outage]]]],
  ])('%s', (_, services) => {
    const plan = planFixes(
      diagnosis('icloud', [['icloud-storage-full', 0.9]]),
      services.map(([name, events]) => service(name, events)),
      MAC,
    );
    expect(plan.incident?.event).toEqual(outage);
    expect(plan.steps[0]?.id).toBe('wait-for-apple');
    expect(plan.steps[1]?.id).toBe('icloud-check-backup-size');
  });

  it('keeps Apple’s own service name, message and start time', () => {
    const plan = planFixes(
      diagnosis('icloud'),
      [service('iCloud Mail', [event()]), service('iCloud Backup', [outage])],
      MAC,
    );
    expect(plan.incident).toEqual({ service: 'iCloud Backup', event: outage });
  });

  it('prefers iCloud Backup’s incident and its worst ongoing event', () => {
    const issue = event({ messageId: 'a', state: 'issue', statusType: 'Issue' });
    const worse = event({ messageId: 'b', state: 'outage' });
    const plan = planFixes(
      diagnosis('icloud'),
      [
        service('iCloud Account & Sign In', [event({ messageId: 'c' })]),
        service('iCloud Backup', [issue, worse]),
      ],
      MAC,
    );
    expect(plan.incident?.service).toBe('iCloud Backup');
    expect(plan.incident?.event.messageId).toBe('b');
  });

  it('drops the “check Apple’s status” step, which the incident answers', () => {
    const plan = planFixes(
      diagnosis('icloud', [['service-outage', 0.9]]),
      [service('iCloud Backup', [outage])],
      MAC,
    );
    expect(ids(plan)).toEqual(['wait-for-apple', 'icloud-back-up-now']);
    expect(plan.steps[0]?.causes).toEqual(['service-outage']);
  });

  it.each<[string, Channel, Parameters<typeof service>[]]>([
    ['no status known', 'icloud', []],
    ['a resolved incident', 'icloud', [['iCloud Backup', [event({ phase: 'resolved' })]]]],
    ['upcoming maintenance', 'icloud', [['iCloud Backup', [event({ phase: 'scheduled' })]]]],
    ['an incident on an unrelated service', 'icloud', [['iCloud Mail', [event()]]]],
    ['a computer backup, which iCloud does not touch', 'computer', [['iCloud Backup', [event()]]]],
  ])('puts nothing first with %s', (_, channel, services) => {
    const plan = planFixes(
      diagnosis(channel, [['network', 0.9]]),
      services.length ? services.map(([n, e]) => service(n, e)) : null,
      MAC,
    );
    expect(plan.incident).toBeNull();
    expect(ids(plan)).not.toContain('wait-for-apple');
  });
});

describe('planFixes when Apple’s side is known to be healthy', () => {
  const healthy = [service('iCloud Backup'), service('iCloud Account & Sign In')];

  it('leaves out the steps about Apple’s side', () => {
    const plan = planFixes(
      diagnosis('icloud', [
        ['service-outage', 0.9],
        ['network', 0.6],
      ]),
      healthy,
      MAC,
    );
    expect(ids(plan)).not.toContain('check-apple-status');
    expect(ids(plan)).not.toContain('wait-for-apple');
    expect(ids(plan)).toContain('network-wifi-check');
  });

  it.each<[string, ServiceStatus[] | null]>([
    ['no status is known', null],
    ['only iCloud Backup is known', [service('iCloud Backup')]],
    [
      'a service is unknown',
      [service('iCloud Backup'), { ...service('iCloud Account & Sign In'), state: 'unknown' }],
    ],
  ])('keeps them when %s', (_, services) => {
    const plan = planFixes(diagnosis('icloud', [['service-outage', 0.9]]), services, MAC);
    expect(ids(plan)).toContain('check-apple-status');
  });
});

describe('planFixes with no cause diagnosed', () => {
  it.each<[Channel, string, string]>([
    ['icloud', 'check-apple-status', 'icloud-back-up-now'],
    ['computer', 'connection-unlock-trust', 'computer-back-up-now'],
    ['none', 'check-apple-status', 'computer-back-up-now'],
  ])('gives a general plan for a %s page', (channel, first, last) => {
    const plan = planFixes(diagnosis(channel), null, MAC);
    expect(plan.general).toBe(true);
    expect(plan.steps[0]?.id).toBe(first);
    expect(plan.steps.at(-1)?.id).toBe(last);
    expect(plan.steps.length).toBeGreaterThanOrEqual(5);
  });

  it('labels general steps with the causes they address', () => {
    const plan = planFixes(diagnosis('icloud'), null, MAC);
    expect(plan.steps.find((s) => s.id === 'network-wifi-check')?.causes).toEqual(['network']);
  });

  it('still puts an incident first', () => {
    const plan = planFixes(diagnosis('icloud'), [service('iCloud Backup', [event()])], MAC);
    expect(plan.general).toBe(true);
    expect(ids(plan).slice(0, 2)).toEqual(['wait-for-apple', 'icloud-turn-on-backup']);
  });
});
