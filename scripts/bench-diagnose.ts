// Times diagnose() on generated page texts of 10 KB, 200 KB and 2 MB and prints median and p95.
// Texts mix ordinary support prose with backup-error sentences, so the matcher has work to do.
import os from 'node:os';
import { diagnose } from '../lib/diagnose';

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

function makeText(size: number, seed: number): string {
  const parts: string[] = [];
  let length = 0;
  let x = seed;
  while (length < size) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const pool = x % 10 === 0 ? BACKUP : PROSE;
    const s = pool[x % pool.length] ?? '';
    parts.push(s);
    length += s.length + 1;
  }
  return parts.join(' ').slice(0, size);
}

/** Wall-clock and CPU milliseconds per run; CPU time shows the cost when the machine is shared. */
function time(
  text: string,
  runs: number,
): { min: number; median: number; p95: number; cpuMedian: number } {
  const page = { url: 'https://discussions.apple.com/thread/1', title: 'Backup question', text };
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

console.log(
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} on ${os.cpus().length} cores`,
);
const t0 = performance.now();
diagnose({ url: '', title: '', text: 'first call compiles the signal tables' });
console.log(`diagnose: first call (compiles the tables) ${(performance.now() - t0).toFixed(2)} ms`);
for (const [label, size, runs] of [
  ['10 KB', 10_000, 400],
  ['200 KB', 200_000, 100],
  ['2 MB (read up to the cap)', 2_000_000, 40],
] as const) {
  const r = time(makeText(size, size), runs);
  console.log(
    `diagnose ${label}: median ${r.median.toFixed(3)} ms, p95 ${r.p95.toFixed(3)} ms (min ${r.min.toFixed(3)} ms, CPU median ${r.cpuMedian.toFixed(3)} ms)`,
  );
}
