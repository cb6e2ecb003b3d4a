import { describe, expect, it } from 'vitest';
import { extensionScriptMs, loadEnded } from '../bench/browser';
import { bootstrapInterval, median } from '../bench/stats';

const OURS = 'chrome-extension://abc/support-gate.js';
const run = (name: string, ts: number, dur: number, url = OURS, tid = 1) => ({
  ph: 'X',
  name,
  ts,
  dur,
  tid,
  args: { data: { url } },
});
const loadMark = (ts: number, isOutermostMainFrame: boolean) => ({
  ph: 'I',
  name: 'MarkLoad',
  ts,
  tid: 1,
  args: { data: { isOutermostMainFrame } },
});

describe('the bench: content-script time in a trace', () => {
  const events = [
    run('EvaluateScript', 1_000, 800),
    run('v8.compile', 1_100, 300),
    run('EvaluateScript', 1_200, 500, 'https://support.apple.com/page.js'),
    loadMark(1_500, false),
    loadMark(5_000, true),
    run('FunctionCall', 4_900, 400),
    run('FunctionCall', 9_000, 1_000),
  ];

  it.each([
    ['in all, counting a nested compile once and the page’s own script never', Infinity, 2.2],
    ['before the top page’s load ended, cutting a call that spans it', loadEnded(events), 0.9],
  ])('%s', (_, until, ms) => {
    expect(extensionScriptMs(events, until)).toBeCloseTo(ms, 6);
  });

  it('has no load end for a page whose load never ended', () => {
    expect(loadEnded([loadMark(1_500, false)])).toBe(Infinity);
  });
});

describe('the bench: how far one run’s figure could move from noise', () => {
  it('draws the same interval from the same samples, around the figure', () => {
    const samples = [Array.from({ length: 60 }, (_, i) => 20 + (i % 7))];
    const first = bootstrapInterval(samples, ([s]) => median(s ?? []));
    expect(bootstrapInterval(samples, ([s]) => median(s ?? []))).toEqual(first);
    expect(first.low).toBeLessThanOrEqual(median(samples[0] ?? []));
    expect(first.high).toBeGreaterThanOrEqual(median(samples[0] ?? []));
  });

  it.each([
    ['narrow for steady samples', 0.5, 0, 0.5],
    ['wide for noisy ones', 8, 2, Infinity],
  ])('is %s', (_, spread, atLeast, below) => {
    const samples = [Array.from({ length: 80 }, (_, i) => 25 + spread * Math.sin(i * 2.4))];
    const { low, high } = bootstrapInterval(samples, ([s]) => median(s ?? []));
    expect(high - low).toBeGreaterThanOrEqual(atLeast);
    expect(high - low).toBeLessThan(below);
  });
});
