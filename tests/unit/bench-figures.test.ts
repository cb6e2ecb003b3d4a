import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { READING_CONTROL, extensionScriptMs, loadEnded } from '../bench/browser';
import { gateVariants, variantManifest, variantPath } from '../bench/gates';
import { bootstrapInterval, judge, pairedExcess, ratioOverFloor, type Loads } from '../bench/stats';

const OURS = 'chrome-extension://abc/support-gate.js';
const PAGE = { pid: 2, tid: 1 };
const WORKER = { pid: 3, tid: 7 };
const threadName = ({ pid, tid }: typeof PAGE, name: string) => ({
  ph: 'M',
  name: 'thread_name',
  ts: 0,
  pid,
  tid,
  args: { name },
});
const run = (name: string, ts: number, dur: number, url = OURS, thread = PAGE) => ({
  ph: 'X',
  name,
  ts,
  dur,
  ...thread,
  args: { data: { url } },
});
const loadMark = (ts: number, isOutermostMainFrame: boolean) => ({
  ph: 'I',
  name: 'MarkLoad',
  ts,
  ...PAGE,
  args: { data: { isOutermostMainFrame } },
});

describe('the bench: content-script time in a trace', () => {
  const events = [
    threadName(PAGE, 'CrRendererMain'),
    threadName(WORKER, 'DedicatedWorker thread'),
    run('EvaluateScript', 1_000, 800),
    run('v8.compile', 1_100, 300),
    run('EvaluateScript', 1_200, 500, 'https://support.apple.com/page.js'),
    run('FunctionCall', 1_300, 2_000, 'chrome-extension://abc/background.js', WORKER),
    loadMark(1_500, false),
    loadMark(5_000, true),
    run('FunctionCall', 4_900, 400),
    run('FunctionCall', 9_000, 1_000),
    // The promise callbacks our call queued, and a checkpoint after the page's own script.
    run('RunMicrotasks', 10_050, 300, ''),
    run('EvaluateScript', 11_000, 100, 'https://support.apple.com/page.js'),
    run('RunMicrotasks', 11_120, 5_000, ''),
    // Our module's evaluation, and then a page's module's.
    run('v8.compileModule', 20_000, 100, 'chrome-extension://abc/panel.js'),
    run('v8.evaluateModule', 20_500, 2_000, ''),
    run('v8.compileModule', 30_000, 100, 'https://support.apple.com/module.js'),
    run('v8.evaluateModule', 30_500, 4_000, ''),
  ];

  it.each([
    [
      'in all, with our microtasks and module, a nested compile once, and neither the page’s script nor a worker',
      Infinity,
      4.6,
    ],
    ['before the top page’s load ended, cutting a call that spans it', loadEnded(events), 0.9],
  ])('%s', (_, until, ms) => {
    expect(extensionScriptMs(events, until)).toBeCloseTo(ms, 6);
  });

  it('has no load end for a page whose load never ended', () => {
    expect(loadEnded([loadMark(1_500, false)])).toBe(Infinity);
  });

  it('refuses a trace that names no page main thread, rather than count nothing', () => {
    expect(() => extensionScriptMs(events.slice(2))).toThrow();
  });
});

/** Loads that vary round to round as these machines' do, `by` times slower with the extension. */
function loads(rounds: number, by: number, seed: number): Loads {
  const wobble = (i: number) => 25 + 5 * Math.sin(i * 2.4 + seed);
  return {
    loadsWith: Array.from({ length: rounds }, (_, i) => wobble(i + 0.5) * by),
    loadsWithout: Array.from({ length: rounds }, (_, i) => wobble(i)),
  };
}

describe('the bench: our load ratio over the empty control’s, read from its interval', () => {
  const controls = [loads(75, 1.08, 1), loads(75, 1.08, 2)];
  it.each([
    ['unresolved for noisy loads and a cost near the limit', 1.08 * 1.03, 'unresolved'],
    ['missed for a cost well over it', 1.08 * 1.5, 'missed'],
    ['met for no cost beyond the controls’', 1.08 * 0.9, 'met'],
  ])('is %s', (_, by, verdict) => {
    const ours = loads(75, by, 3);
    const interval = bootstrapInterval(75, (picked) => ratioOverFloor(ours, controls, picked));
    expect(interval.low).toBeLessThan(interval.high);
    expect(judge(interval, 1.03)).toBe(verdict);
  });

  it('reads the ratio over the controls’ geometric mean, round by round as picked', () => {
    const ours = { loadsWith: [30, 60], loadsWithout: [20, 20] };
    const control = (by: number) => ({ loadsWith: [20 * by, 99], loadsWithout: [20, 1] });
    expect(ratioOverFloor(ours, [control(1.1), control(1.4)], [0, 0])).toBeCloseTo(
      1.5 / Math.sqrt(1.1 * 1.4),
      9,
    );
  });
});

describe('the bench: the gate’s script time over the reading control’s, round by round', () => {
  /** Traced loads in which the machine's speed moves each round by far more than the gap. */
  const traced = (gap: number) => {
    const machine = Array.from({ length: 21 }, (_, i) => 2 + 3 * Math.abs(Math.sin(i * 1.7)));
    const noise = (i: number) => 0.2 * Math.sin(i * 5.3);
    return {
      control: machine,
      ours: machine.map((ms, i) => ms + gap + noise(i)),
    };
  };
  const all = Array.from({ length: 21 }, (_, round) => round);

  it.each([
    ['met for a gap well under the limit', 0.4, 'met'],
    ['missed for a gap well over it', 1.8, 'missed'],
    ['unresolved for a gap at the limit', 1, 'unresolved'],
  ])('is %s, however much the machine moves', (_, gap, verdict) => {
    const { ours, control } = traced(gap);
    expect(pairedExcess(ours, control, all)).toBeCloseTo(gap, 0);
    const interval = bootstrapInterval(21, (picked) => pairedExcess(ours, control, picked));
    expect(judge(interval, 1)).toBe(verdict);
  });

  it('pairs each of our loads with the control’s of the same round, as picked', () => {
    expect(pairedExcess([5, 9, 4], [3, 1, 3], [0, 0, 2])).toBe(2);
  });
});

describe('the bench of gates in one browser (npm run bench:gates)', () => {
  /** A manifest's match pattern as a regular expression: `*` is any run of characters. */
  const matcher = (pattern: string) =>
    new RegExp(`^${pattern.replace(/[.?+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  const patternOf = (i: number) =>
    (variantManifest(i, 'v', 'document_start') as { content_scripts: { matches: string[] }[] })
      .content_scripts[0]?.matches[0] ?? '';

  it('runs each variant on its own path of Apple’s support site and on no other', () => {
    for (let i = 0; i < 12; i++) {
      for (let j = 0; j < 12; j++) {
        const url = `https://support.apple.com${variantPath(j)}`;
        expect(matcher(patternOf(i)).test(url), `variant ${i} on ${url}`).toBe(i === j);
      }
    }
  });

  it('measures the reading control twice, then each build’s gate at its manifest’s run_at', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'gates-test-'));
    try {
      const gate = { matches: ['https://support.apple.com/*'], js: ['support-gate.js'] };
      await writeFile(
        path.join(dir, 'manifest.json'),
        JSON.stringify({ content_scripts: [{ ...gate, run_at: 'document_start' }] }),
      );
      const variants = await gateVariants([dir]);
      expect(variants.map((v) => [v.name, v.runAt])).toEqual([
        [READING_CONTROL, 'document_start'],
        [`${READING_CONTROL}, a second copy`, 'document_start'],
        [dir, 'document_start'],
      ]);
      expect(variants[0]?.script).toEqual(variants[1]?.script);
      expect(variants[2]?.script).toEqual({ file: path.join(dir, 'support-gate.js') });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses a build whose manifest declares no gate', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'gates-test-'));
    try {
      await writeFile(path.join(dir, 'manifest.json'), JSON.stringify({ content_scripts: [] }));
      await expect(gateVariants([dir])).rejects.toThrow(/support-gate\.js/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
