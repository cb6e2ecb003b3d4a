import { describe, expect, it } from 'vitest';
import { CAUSE_STEPS, DRASTIC_STEPS, FINAL_STEP, GENERAL_STEPS } from '../../content/steps/causes';
import { resolveStep } from '../../content/steps/resolve';
import { ALL_STEPS, STEPS_BY_ID } from '../../content/steps/table';
import {
  COMPUTER_VARIANTS,
  DEVICE_KINDS,
  IOS_RANGES,
  type DeviceKind,
  type StepText,
} from '../../content/steps/types';
import { DEVICE_NAMES } from '../../content/strings/steps';
import { CAUSE_IDS, type CauseId } from '../../lib/diagnose/types';

const CAUSES = Object.keys(CAUSE_STEPS) as CauseId[];
const COMPUTERS = [null, ...COMPUTER_VARIANTS];

function everyResolution(
  devices: readonly DeviceKind[] = ['iphone'],
): { id: string; label: string; device: DeviceKind; text: StepText }[] {
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
function allText(text: StepText): string[] {
  return [
    text.title,
    ...text.instructions,
    text.where,
    text.check,
    ...(text.caution ? [text.caution] : []),
    ...(text.link ? [text.link.label] : []),
  ];
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
      ...DRASTIC_STEPS,
    ];
    for (const id of referenced) expect(STEPS_BY_ID.has(id), id).toBe(true);
  });

  it('uses every step somewhere', () => {
    const used = new Set([
      ...Object.values(CAUSE_STEPS).flatMap((c) => [...c.icloud, ...c.computer]),
      ...GENERAL_STEPS.icloud,
      ...GENERAL_STEPS.computer,
      ...Object.values(FINAL_STEP),
    ]);
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
        /^https:\/\/support\.apple\.com\/\d{6}$/.test(link.url) ||
        link.url === 'https://www.apple.com/support/systemstatus/';
      expect(ok, link.url).toBe(true);
      expect(link.label.trim()).not.toBe('');
    }
  });

  it.each(everyResolution().map((r) => [r.label, r.text] as const))(
    'resolves %s to a complete step',
    (_, text) => {
      expect(text.title.trim()).not.toBe('');
      expect(text.instructions.length).toBeGreaterThan(0);
      for (const line of text.instructions) expect(line.trim()).not.toBe('');
      expect(text.where.trim()).not.toBe('');
      expect(text.check.trim()).not.toBe('');
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

  it('gives every drastic step a caution', () => {
    for (const id of DRASTIC_STEPS) {
      expect(STEPS_BY_ID.get(id)?.caution, id).toBeTruthy();
    }
  });

  it('warns that Reset Network Settings forgets Wi-Fi passwords', () => {
    expect(STEPS_BY_ID.get('reset-network-settings')?.caution).toMatch(/Wi-Fi.*password/i);
  });

  it('puts restarting before any reset, sign-out or backup removal in each cause', () => {
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

  it('suggests moving a damaged computer backup aside, not deleting it', () => {
    const step = STEPS_BY_ID.get('computer-move-damaged-backup');
    expect(step?.instructions.join(' ')).toMatch(/move/i);
    expect(step?.instructions.join(' ')).toMatch(/don’t delete/i);
  });
});

describe('the device’s name in step texts', () => {
  it.each(everyResolution(DEVICE_KINDS).map((r) => [r.label, r.device, r.text] as const))(
    'names the right device in %s',
    (_, device, text) => {
      for (const line of allText(text)) {
        expect(line, 'a placeholder left unfilled').not.toMatch(/[{}]/);
        for (const other of DEVICE_KINDS) {
          if (other !== device) expect(line).not.toContain(DEVICE_NAMES[other]);
        }
      }
    },
  );

  it.each([
    ['iphone', 'Restart the iPhone', 'Settings > General > iPhone Storage'],
    ['ipad', 'Restart the iPad', 'Settings > General > iPad Storage'],
    ['ipod', 'Restart the iPod touch', 'Settings > General > iPod touch Storage'],
  ] as const)('fills in %s', (device, restart, storage) => {
    const step = (id: string) => {
      const def = STEPS_BY_ID.get(id);
      if (!def) throw new Error(`no step ${id}`);
      return resolveStep(def, null, '15+', device);
    };
    expect(step('restart-device').title).toBe(restart);
    expect(step('device-free-space').where).toBe(storage);
  });

  it('speaks of an iPhone when no device is given', () => {
    const def = STEPS_BY_ID.get('restart-device');
    if (!def) throw new Error('missing');
    expect(resolveStep(def, null, '15+').title).toBe('Restart the iPhone');
  });
});

describe('step variants', () => {
  const where = (
    id: string,
    computer: (typeof COMPUTERS)[number],
    ios: (typeof IOS_RANGES)[number],
  ) => {
    const def = STEPS_BY_ID.get(id);
    if (!def) throw new Error(`no step ${id}`);
    return resolveStep(def, computer, ios).where;
  };

  it.each([
    [
      'iCloud backup on current iOS',
      'icloud-back-up-now',
      null,
      '15+',
      'Settings > [your name] > iCloud > iCloud Backup > Back Up Now',
    ],
    [
      'iCloud backup on iOS 10.2 and earlier',
      'icloud-back-up-now',
      null,
      '10-',
      'Settings > iCloud > Backup > Back Up Now',
    ],
    [
      'network reset on iOS 15 and later',
      'reset-network-settings',
      null,
      '15+',
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
      'iCloud storage on iOS 11 to 14',
      'icloud-check-backup-size',
      null,
      '11-14',
      'Settings > [your name] > iCloud > Manage Storage > Backups',
    ],
    [
      'a computer backup in Finder',
      'computer-back-up-now',
      'mac-finder',
      '15+',
      'Finder > [iPhone] in the sidebar > General > Back Up Now',
    ],
    [
      'a computer backup in iTunes on an old Mac',
      'computer-back-up-now',
      'mac-itunes',
      '15+',
      'iTunes > [iPhone button] > Summary > Back Up Now',
    ],
  ] as const)('gives the right place for %s', (_, id, computer, ios, expected) => {
    expect(where(id, computer, ios)).toBe(expected);
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
    expect(where('computer-move-damaged-backup', computer, '15+')).toContain(folder);
  });

  it('names Apple Devices and links Apple’s Windows article on Windows', () => {
    const def = STEPS_BY_ID.get('computer-back-up-now');
    if (!def) throw new Error('missing');
    const text = resolveStep(def, 'windows', '15+');
    expect(text.where).toContain('Apple Devices');
    expect(text.link?.url).toBe('https://support.apple.com/108967');
    expect(text.computer).toBe('windows');
  });

  it('keeps the general computer text when the computer is unknown', () => {
    const def = STEPS_BY_ID.get('computer-back-up-now');
    if (!def) throw new Error('missing');
    const text = resolveStep(def, null, '15+');
    expect(text.where).toBe('Finder (Mac) or Apple Devices or iTunes (Windows)');
    expect(text.computer).toBeUndefined();
  });
});
