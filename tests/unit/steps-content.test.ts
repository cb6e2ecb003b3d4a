import { describe, expect, it } from 'vitest';
import { CAUSE_STEPS, DRASTIC_STEPS, FINAL_STEP, GENERAL_STEPS } from '../../content/steps/causes';
import { ARTICLE_NAMES } from '../../content/strings/steps';
import { resolveStep, type ResolvedStepText } from '../../content/steps/resolve';
import { ALL_STEPS, STEPS_BY_ID } from '../../content/steps/table';
import {
  COMPUTER_VARIANTS,
  DEVICE_KINDS,
  FINDER_FROM_MACOS,
  IOS_RANGES,
  IOS_SPANS,
  type DeviceKind,
  type IosRange,
  type Source,
  type VersionSpan,
} from '../../content/steps/types';
import { DEVICE_NAMES } from '../../content/strings/steps';
import { CAUSE_IDS, type CauseId } from '../../lib/diagnose/types';

const CAUSES = Object.keys(CAUSE_STEPS) as CauseId[];
const COMPUTERS = [null, ...COMPUTER_VARIANTS];

function everyResolution(
  devices: readonly DeviceKind[] = ['iphone'],
): { id: string; label: string; device: DeviceKind; text: ResolvedStepText }[] {
  return ALL_STEPS.flatMap((def) =>
    COMPUTERS.flatMap((computer) =>
      IOS_RANGES.flatMap((ios) =>
        devices.map((device) => ({
          id: def.id,
          label: `${def.id} for ${device} on ${computer ?? 'an unknown computer'} with iOS ${ios}`,
          device,
          text: resolveStep(def, computer, ios, device),
        })),
      ),
    ),
  );
}

/** Every piece of text a resolved step shows. */
function allText(text: ResolvedStepText): string[] {
  return [
    text.title,
    ...text.instructions,
    text.where,
    text.check,
    ...(text.caution ? [text.caution] : []),
    ...(text.link ? [text.link.label] : []),
  ];
}

const get = (id: string) => {
  const def = STEPS_BY_ID.get(id);
  if (!def) throw new Error(`no step ${id}`);
  return def;
};

/** Every step id a plan can reach: cause lists, general lists, final steps and what they require. */
function reachable(): Set<string> {
  const listed = [
    ...Object.values(CAUSE_STEPS).flatMap((c) => [...c.icloud, ...c.computer]),
    ...GENERAL_STEPS.icloud,
    ...GENERAL_STEPS.computer,
    ...Object.values(FINAL_STEP),
  ];
  return new Set([...listed, ...listed.flatMap((id) => STEPS_BY_ID.get(id)?.requires ?? [])]);
}

describe('the fix-step table', () => {
  it('has steps for every cause in the contract', () => {
    expect(CAUSES.sort()).toEqual([...CAUSE_IDS].sort());
    for (const cause of CAUSE_IDS) {
      const { icloud, computer } = CAUSE_STEPS[cause];
      expect(icloud.length + computer.length, cause).toBeGreaterThan(0);
    }
  });

  it('gives every step a unique id', () => {
    const ids = ALL_STEPS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('only refers to steps that exist', () => {
    const referenced = [
      ...Object.values(CAUSE_STEPS).flatMap((c) => [...c.icloud, ...c.computer]),
      ...GENERAL_STEPS.icloud,
      ...GENERAL_STEPS.computer,
      ...Object.values(FINAL_STEP),
      ...ALL_STEPS.flatMap((s) => s.requires ?? []),
    ];
    for (const id of referenced) expect(STEPS_BY_ID.has(id), id).toBe(true);
  });

  it('uses every step somewhere', () => {
    const used = reachable();
    for (const step of ALL_STEPS) expect(used.has(step.id), step.id).toBe(true);
  });

  it('lists no step twice for the same cause', () => {
    for (const [cause, lists] of Object.entries(CAUSE_STEPS)) {
      for (const list of [lists.icloud, lists.computer]) {
        expect(new Set(list).size, cause).toBe(list.length);
      }
    }
  });

  it('links only to Apple’s support articles or Apple’s System Status page', () => {
    const links = everyResolution().flatMap((r) => (r.text.link ? [r.text.link] : []));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const ok =
        /^https:\/\/support\.apple\.com\/en-us\/\d{6}$/.test(link.url) ||
        link.url === 'https://www.apple.com/support/systemstatus/';
      expect(ok, link.url).toBe(true);
      expect(link.label.trim()).not.toBe('');
    }
  });

  it.each(everyResolution().map((r) => [r.label, r.text] as const))(
    'resolves %s to a complete step with a link',
    (_, text) => {
      expect(text.title.trim()).not.toBe('');
      expect(text.instructions.length).toBeGreaterThan(0);
      for (const line of text.instructions) expect(line.trim()).not.toBe('');
      expect(text.where.trim()).not.toBe('');
      expect(text.check.trim()).not.toBe('');
      expect(text.link?.url).toBeTruthy();
    },
  );

  it('never advises deleting or removing a backup without a caution about restoring', () => {
    let removals = 0;
    for (const { label, text } of everyResolution()) {
      const body = [text.title, ...text.instructions].join(' ');
      if (/\b(delet|remov)\w*\b[^.]*\bbackups?\b/i.test(body)) {
        removals += 1;
        expect(text.caution ?? '', label).toMatch(/restore/i);
      }
    }
    // The table does advise removing a backup in places; each of those was checked.
    expect(removals).toBeGreaterThan(0);
  });

  it('keeps titles and instructions short', () => {
    for (const { label, text } of everyResolution()) {
      expect(text.title.length, label).toBeLessThanOrEqual(70);
      expect(text.instructions.length, label).toBeLessThanOrEqual(4);
      for (const line of text.instructions) expect(line.length, label).toBeLessThanOrEqual(200);
    }
  });

  it('warns that Reset Network Settings forgets Wi-Fi passwords and trusted computers', () => {
    const caution = get('reset-network-settings').caution;
    expect(caution).toMatch(/Wi-Fi.*password/i);
    expect(caution).toMatch(/trusted/i);
  });

  it('puts restarting before any reset, sign-out or deletion in each cause', () => {
    for (const [cause, lists] of Object.entries(CAUSE_STEPS)) {
      for (const list of [lists.icloud, lists.computer]) {
        const firstDrastic = list.findIndex((id) => DRASTIC_STEPS.has(id));
        const restart = list.findIndex((id) => id.startsWith('restart-'));
        if (firstDrastic >= 0 && restart >= 0) expect(restart, cause).toBeLessThan(firstDrastic);
        // Within a cause, drastic steps come last.
        if (firstDrastic >= 0) {
          expect(
            list.slice(firstDrastic).every((id) => DRASTIC_STEPS.has(id)),
            cause,
          ).toBe(true);
        }
      }
    }
  });
});

/** What is wrong with a set of spans that should cover every version exactly once. */
function tilingProblems(spans: readonly VersionSpan[]): string[] {
  const sorted = [...spans].sort((a, b) => (a.from ?? -Infinity) - (b.from ?? -Infinity));
  const problems: string[] = [];
  if (sorted[0]?.from !== undefined) problems.push(`nothing below ${sorted[0]?.from}`);
  if (sorted.at(-1)?.below !== undefined) problems.push(`nothing from ${sorted.at(-1)?.below}`);
  sorted.slice(1).forEach((span, i) => {
    const before = sorted[i]?.below;
    if (before === undefined || span.from === undefined || before > span.from) {
      problems.push(`overlap at ${span.from ?? 'the start'}`);
    } else if (before < span.from) problems.push(`gap from ${before} to ${span.from}`);
  });
  return problems;
}

const RANGE_EDGES = new Set(
  IOS_RANGES.flatMap((r) => [IOS_SPANS[r].from, IOS_SPANS[r].below]).filter(
    (v): v is number => v !== undefined,
  ),
);

describe('where each step comes from', () => {
  it.each<[string, VersionSpan[], string[]]>([
    [
      'iOS 15+ / 10.3–14 / 10.2 and earlier',
      [{ from: 15 }, { from: 10.3, below: 15 }, { below: 10.3 }],
      [],
    ],
    ['one span for every version', [{}], []],
    [
      '11+ / 10 and earlier: 10.3 falls in both',
      [{ from: 11 }, { below: 11 }, { from: 10.3, below: 11 }],
      ['overlap at 10.3'],
    ],
    [
      '15+ / 10.2 and earlier: 10.3 to 14 missing',
      [{ from: 15 }, { below: 10.3 }],
      ['gap from 10.3 to 15'],
    ],
    ['15+ alone', [{ from: 15 }], ['nothing below 15']],
  ])('finds what is wrong with %s', (_, spans, expected) => {
    expect(tilingProblems(spans)).toEqual(expected);
  });

  it('offers iOS ranges that cover every version once', () => {
    expect(tilingProblems(IOS_RANGES.map((r) => IOS_SPANS[r]))).toEqual([]);
  });

  it.each(ALL_STEPS.map((s) => [s.id, s] as const))(
    'gives %s iOS variants that cover every version once, on the ranges’ edges',
    (_, def) => {
      const spans = [def.source.ios, ...(def.ios ?? []).map((v) => v.source.ios)];
      expect(tilingProblems(spans)).toEqual([]);
      for (const span of spans) {
        for (const edge of [span.from, span.below]) {
          if (edge !== undefined) expect(RANGE_EDGES.has(edge), `edge ${edge}`).toBe(true);
        }
      }
    },
  );

  it.each(ALL_STEPS.map((s) => [s.id, s] as const))(
    'names Apple’s articles for %s and each of its variants',
    (_, def) => {
      const sources: [string, Source][] = [
        ['base', def.source],
        ...(def.ios ?? []).map((v, i): [string, Source] => [`iOS variant ${i}`, v.source]),
        ...Object.entries(def.computer ?? {}).map(([c, v]): [string, Source] => [c, v.source]),
      ];
      for (const [where, source] of sources) {
        expect(source.apple.length, where).toBeGreaterThan(0);
        for (const id of source.apple) expect(ARTICLE_NAMES, `${where}: ${id}`).toHaveProperty(id);
      }
    },
  );

  it('cites every article in the list of sources', () => {
    const cited = new Set(
      ALL_STEPS.flatMap((def) => [
        ...def.source.apple,
        ...(def.ios ?? []).flatMap((v) => v.source.apple),
        ...Object.values(def.computer ?? {}).flatMap((v) => v.source.apple),
      ]),
    );
    expect([...cited].sort()).toEqual(Object.keys(ARTICLE_NAMES).sort());
  });

  it.each(
    ALL_STEPS.flatMap((s) =>
      Object.entries(s.computer ?? {}).map(([c, v]) => [s.id, c, v.source] as const),
    ),
  )('says which computers %s was checked for on %s', (_, computer, source) => {
    if (computer === 'mac-finder') expect(source.macos).toEqual({ from: FINDER_FROM_MACOS });
    if (computer === 'mac-itunes') expect(source.macos).toEqual({ below: FINDER_FROM_MACOS });
    if (computer === 'windows') expect(source.windows).toEqual([10, 11]);
  });
});

/** A sentence that tells someone to move, rename or edit a backup (saying never to is fine). */
function movesABackup(line: string): boolean {
  // "Edit > Preferences" is an iTunes menu, not an edit.
  const sentences = line.replace(/\bEdit >/g, '').split(/(?<=[.!?])\s+/);
  return sentences.some((s) => {
    const allowed = s.replace(
      /\b(never|not|don’t|don't)\s+(\w+\s+)?((mov|renam|edit)\w*(\s*,\s*|\s+or\s+|\s+and\s+)?)+/gi,
      '',
    );
    return (
      /\b(mov|renam|edit)\w*/i.test(allowed) && /\bbackups?\b|\bfolders?\b|MobileSync/i.test(s)
    );
  });
}

describe('risky steps', () => {
  it.each([
    ['Move that folder to the Desktop or another drive (don’t delete it).', true],
    ['Rename the backup folder.', true],
    ['Copy, never move: a copy restores only once it is back in the backup folder.', false],
    ['Don’t move or rename the backup folder.', false],
    ['Never delete it; move the backup folder instead.', true],
    ['Move large videos to another drive.', false],
    ['iTunes > Edit > Preferences > Devices (folder: MobileSync\\Backup\\)', false],
  ])('tells a backup move from a safe sentence: %s', (line, expected) => {
    expect(movesABackup(line)).toBe(expected);
  });

  it('never tells anyone to move, rename or edit a backup', () => {
    for (const { label, text } of everyResolution(DEVICE_KINDS)) {
      for (const line of allText(text)) expect(movesABackup(line), `${label}: ${line}`).toBe(false);
    }
  });

  it('classes every step that deletes, resets, signs out or removes a profile as risky', () => {
    for (const { label, id, text } of everyResolution()) {
      // "Transfer or Reset iPhone" is a menu on the way to other things.
      const doing = [text.title, ...text.instructions].join(' ').replace(/Transfer or Reset/g, '');
      if (/\b(delete|reset|sign out|remove|erase)\b/i.test(doing)) {
        expect(STEPS_BY_ID.get(id)?.risk, label).toBeDefined();
      }
    }
  });

  it('gives every risky step a caution in every resolution', () => {
    const risky = everyResolution(DEVICE_KINDS).filter((r) => STEPS_BY_ID.get(r.id)?.risk);
    expect(risky.length).toBeGreaterThan(0);
    for (const { label, text } of risky) expect(text.caution?.trim(), label).toBeTruthy();
  });

  it('requires an encrypted computer backup before an iCloud backup is deleted', () => {
    expect(get('icloud-replace-damaged-backup').requires).toContain('encrypt-local-backup');
    expect(get('encrypt-local-backup').instructions.join(' ')).toMatch(/Encrypt local backup/);
  });

  it('requires only safe steps, so a prerequisite never waits behind a risky step', () => {
    for (const step of ALL_STEPS) {
      for (const id of step.requires ?? [])
        expect(get(id).risk, `${step.id} needs ${id}`).toBeUndefined();
    }
  });

  it('recommends Encrypt local backup when backing up to a computer', () => {
    expect(get('computer-back-up-now').instructions.join(' ')).toMatch(/Encrypt local backup/);
  });

  it('says that deleting this device’s iCloud backup turns iCloud Backup off', () => {
    for (const ios of IOS_RANGES) {
      const text = resolveStep(get('icloud-replace-damaged-backup'), null, ios);
      expect(text.instructions.join(' '), ios).toMatch(/turns iCloud Backup off.*on again/);
    }
  });

  it('says what signing out takes off the device', () => {
    expect(get('account-sign-out-in').caution).toMatch(
      /iCloud Photos.*iCloud Drive.*stays in iCloud/,
    );
  });
});

describe('the device’s name in step texts', () => {
  it.each(ALL_STEPS.map((s) => [s.id] as const))('names the right device in %s', (id) => {
    for (const r of everyResolution(DEVICE_KINDS).filter((x) => x.id === id)) {
      for (const line of allText(r.text)) {
        expect(line, `${r.label}: a placeholder left unfilled`).not.toMatch(/[{}]/);
        expect(line, `${r.label}: “a” before a vowel sound`).not.toMatch(/\ba i(Phone|Pad|Pod)\b/);
        for (const other of DEVICE_KINDS) {
          if (other !== r.device) expect(line, r.label).not.toContain(DEVICE_NAMES[other]);
        }
      }
    }
  });

  it.each([
    ['iphone', 'Restart the iPhone', 'Settings > General > iPhone Storage'],
    ['ipad', 'Restart the iPad', 'Settings > General > iPad Storage'],
    ['ipod', 'Restart the iPod touch', 'Settings > General > iPod touch Storage'],
  ] as const)('fills in %s', (device, restart, storage) => {
    expect(resolveStep(get('restart-device'), null, '16+', device).title).toBe(restart);
    expect(resolveStep(get('device-free-space'), null, '16+', device).where).toBe(storage);
  });

  it('names Apple’s own labels after the device', () => {
    const ipad = (id: string, ios: IosRange = '16+') =>
      allText(resolveStep(get(id), null, ios, 'ipad')).join(' ');
    expect(ipad('icloud-turn-on-backup')).toContain('Back Up This iPad');
    expect(ipad('reset-network-settings')).toContain('Transfer or Reset iPad');
    expect(ipad('icloud-upgrade-storage')).toContain('Prepare for New iPad');
  });

  it('speaks of an iPhone when no device is given', () => {
    expect(resolveStep(get('restart-device'), null, '16+').title).toBe('Restart the iPhone');
  });
});

describe('step variants', () => {
  const where = (id: string, computer: (typeof COMPUTERS)[number], ios: IosRange) =>
    resolveStep(get(id), computer, ios).where;
  const text = (id: string, ios: IosRange) => allText(resolveStep(get(id), null, ios)).join(' ');

  it.each<[string, string, (typeof COMPUTERS)[number], IosRange, string]>([
    [
      'iCloud backup on current iOS',
      'icloud-back-up-now',
      null,
      '16+',
      'Settings > [your name] > iCloud > iCloud Backup > Back Up Now',
    ],
    [
      'iCloud backup on iOS 10.3',
      'icloud-back-up-now',
      null,
      '10.3',
      'Settings > [your name] > iCloud > iCloud Backup > Back Up Now',
    ],
    [
      'iCloud backup on iOS 10.2 and earlier',
      'icloud-back-up-now',
      null,
      '10.2-',
      'Settings > iCloud > Backup > Back Up Now',
    ],
    [
      'network reset on iOS 15',
      'reset-network-settings',
      null,
      '15',
      'Settings > General > Transfer or Reset iPhone > Reset > Reset Network Settings',
    ],
    [
      'network reset on iOS 14 and earlier',
      'reset-network-settings',
      null,
      '11-14',
      'Settings > General > Reset > Reset Network Settings',
    ],
    [
      'iCloud storage on iOS 16 and later',
      'icloud-check-backup-size',
      null,
      '16+',
      'Settings > [your name] > iCloud > Manage Account Storage > Backups',
    ],
    [
      'iCloud storage on iOS 11 to 15',
      'icloud-check-backup-size',
      null,
      '15',
      'Settings > [your name] > iCloud > Manage Storage > Backups',
    ],
    [
      'iCloud storage on iOS 10.3',
      'icloud-check-backup-size',
      null,
      '10.3',
      'Settings > [your name] > iCloud > iCloud Storage > Manage Storage',
    ],
    [
      'iCloud storage on iOS 10.2',
      'icloud-check-backup-size',
      null,
      '10.2-',
      'Settings > iCloud > Storage > Manage Storage',
    ],
    [
      'device storage on iOS 11',
      'device-free-space',
      null,
      '11-14',
      'Settings > General > iPhone Storage',
    ],
    [
      'device storage on iOS 10.3',
      'device-free-space',
      null,
      '10.3',
      'Settings > General > Storage & iCloud Usage > Manage Storage',
    ],
    [
      'a computer backup in Finder',
      'computer-back-up-now',
      'mac-finder',
      '16+',
      'Finder > [iPhone] in the sidebar > General > Back Up Now',
    ],
    [
      'a computer backup in iTunes on an old Mac',
      'computer-back-up-now',
      'mac-itunes',
      '16+',
      'iTunes > [iPhone button] > Summary > Back Up Now',
    ],
  ])('gives the right place for %s', (_, id, computer, ios, expected) => {
    expect(where(id, computer, ios)).toBe(expected);
  });

  it('calls the switch Back Up This iPhone from iOS 16 and iCloud Backup before', () => {
    expect(text('icloud-turn-on-backup', '16+')).toContain('Back Up This iPhone');
    for (const ios of ['15', '11-14', '10.3', '10.2-'] as const) {
      expect(text('icloud-turn-on-backup', ios), ios).not.toContain('Back Up This iPhone');
      expect(text('icloud-turn-on-backup', ios), ios).toContain('Turn on iCloud Backup');
    }
  });

  it('offers offloading apps only from iOS 11', () => {
    expect(text('device-free-space', '11-14')).toMatch(/offload/i);
    for (const ios of ['10.3', '10.2-'] as const) {
      expect(text('device-free-space', ios), ios).not.toMatch(/offload|iPhone Storage/i);
    }
  });

  it('offers backing up over cellular only from iOS 15, with the carrier’s say and mobile data', () => {
    expect(text('network-wifi-check', '15')).toMatch(/Back Up Over Cellular.*carrier.*mobile data/);
    expect(text('network-wifi-check', '11-14')).not.toMatch(/Cellular/);
  });

  it('never suggests leaving out of the backup what iCloud already keeps to save space', () => {
    expect(text('icloud-trim-backup', '16+')).toMatch(/iCloud Photos.*never in a backup/);
  });

  it('asks for Trust (Finder) or Continue (iTunes) on the computer too', () => {
    expect(
      resolveStep(get('connection-unlock-trust'), 'mac-finder', '16+').instructions.join(' '),
    ).toMatch(/click Trust/);
    expect(
      resolveStep(get('connection-unlock-trust'), 'mac-itunes', '16+').instructions.join(' '),
    ).toMatch(/click Continue/);
  });

  it('gives the Windows 10 and Windows 11 places where they differ', () => {
    for (const id of ['update-computer', 'security-software-check']) {
      expect(where(id, 'windows', '16+'), id).toMatch(/Windows 11: .*Windows 10: /);
    }
  });

  it.each([
    ['a Mac', 'mac-finder', 'MobileSync/Backup'],
    ['Windows with Apple Devices', 'windows', '%USERPROFILE%\\Apple\\MobileSync\\Backup\\'],
    [
      'Windows with iTunes from Apple’s website',
      'windows',
      '%APPDATA%\\Apple Computer\\MobileSync\\Backup\\',
    ],
  ] as const)('names the backup folder on %s', (_, computer, folder) => {
    expect(where('computer-replace-damaged-backup', computer, '16+')).toContain(folder);
  });

  it('names Apple Devices and links Apple’s Windows article on Windows', () => {
    const resolved = resolveStep(get('computer-back-up-now'), 'windows', '16+');
    expect(resolved.where).toContain('Apple Devices');
    expect(resolved.link?.url).toBe('https://support.apple.com/en-us/108967');
    expect(resolved.computer).toBe('windows');
  });

  it.each([
    ['a Mac with Finder', 'mac-finder', 'https://support.apple.com/en-us/108967'],
    ['a Mac with iTunes', 'mac-itunes', 'https://support.apple.com/en-us/108967'],
    ['Windows', 'windows', 'https://support.apple.com/en-us/108796'],
  ] as const)('never links the other computer’s article on %s', (_, computer, other) => {
    for (const def of ALL_STEPS.filter((s) => s.computer)) {
      expect(resolveStep(def, computer, '16+').link?.url, def.id).not.toBe(other);
    }
  });

  it('keeps the general computer text when the computer is unknown', () => {
    const resolved = resolveStep(get('computer-back-up-now'), null, '16+');
    expect(resolved.where).toBe('Finder (Mac) or Apple Devices or iTunes (Windows)');
    expect(resolved.computer).toBeUndefined();
  });
});
