// Times diagnose() on generated page texts of 10 KB, 200 KB and 2 MB: median and p95.
// Texts mix ordinary support prose with backup-error sentences, so the matcher has work to do.
import { diagnose } from '../../lib/diagnose';

const PROSE = [
  'To change these settings, open Settings and tap General, then choose the option you want.',
  'You can share photos with friends and family using Messages or Mail on your iPhone or iPad.',
  'If you have an older Mac, some features might not be available with your version of macOS.',
  'Learn more about Apple Music, Apple TV+ and the other services included with Apple One.',
  'Your storage plan can be shared with up to five other people when you use Family Sharing.',
];
const BACKUP = [
  'iTunes could not back up the iPhone because the iPhone disconnected (0xE8000084).',
  'This iPhone cannot be backed up because there is not enough iCloud storage available.',
  'The last backup could not be completed. Check your Wi-Fi connection and try again.',
];

/** Generated page text; every tenth sentence is about a failing backup unless `prose` only. */
function makeText(size: number, seed: number, proseOnly = false): string {
  const parts: string[] = [];
  let length = 0;
  let x = seed;
  while (length < size) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const pool = x % 10 === 0 && !proseOnly ? BACKUP : PROSE;
    const s = pool[x % pool.length] ?? '';
    parts.push(s);
    length += s.length + 1;
  }
  return parts.join(' ').slice(0, size);
}

/** The page the sized timings read: a Community thread of `bytes` characters of text. */
export function sizedPage(bytes: number): { url: string; title: string; text: string } {
  return {
    url: 'https://discussions.apple.com/thread/1',
    title: 'Backup question',
    text: makeText(bytes, bytes),
  };
}

/** Wall-clock and CPU milliseconds per run; CPU time shows the cost when the machine is shared. */
function time(
  page: { url: string; title: string; text: string },
  runs: number,
): { min: number; median: number; p95: number; cpuMedian: number } {
  for (let i = 0; i < 5; i++) diagnose(page);
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    diagnose(page);
    samples.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  samples.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    cpuMedian: cpu[Math.floor(runs / 2)] ?? 0,
    min: samples[0] ?? 0,
    median: samples[Math.floor(runs / 2)] ?? 0,
    p95: samples[Math.min(runs - 1, Math.floor(runs * 0.95))] ?? 0,
  };
}

export interface DiagnoseFigures {
  /** First call on a page that never names a backup: what every Apple support page pays. */
  firstCallUnrelatedMs: number;
  /**
   * First call on a page that passes the gate but is not about a failing backup (an update
   * article that says to back up first): loads the matcher and reads the whole page.
   */
  firstCallMentionsBackupMs: number;
  /** First call on a backup page afterwards (the matcher is loaded by then). */
  firstCallBackupMs: number;
  sizes: {
    label: string;
    bytes: number;
    min: number;
    median: number;
    p95: number;
    cpuMedian: number;
  }[];
}

function once(page: { url: string; title: string; text: string }): number {
  const t0 = performance.now();
  diagnose(page);
  return performance.now() - t0;
}

export function measureDiagnose(): DiagnoseFigures {
  const firstCallUnrelatedMs = once({
    url: 'https://support.apple.com/en-us/119857',
    title: 'Use AirDrop on your iPhone',
    text: makeText(10_000, 7, true),
  });
  const firstCallMentionsBackupMs = once({
    url: 'https://support.apple.com/en-us/118575',
    title: 'Update your iPhone or iPad',
    text: `Before you update, back up your iPhone first. ${makeText(15_000, 11, true)}`,
  });
  const firstCallBackupMs = once({
    url: 'https://discussions.apple.com/thread/1',
    title: 'Backup question',
    text: makeText(10_000, 10_000),
  });
  const sizes = (
    [
      ['10 KB', 10_000, 400],
      ['200 KB', 200_000, 100],
      ['2 MB', 2_000_000, 40],
    ] as const
  ).map(([label, bytes, runs]) => ({ label, bytes, ...time(sizedPage(bytes), runs) }));
  return { firstCallUnrelatedMs, firstCallMentionsBackupMs, firstCallBackupMs, sizes };
}
