import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CJK_TABLES_PATH } from '../../lib/diagnose/cjk';
import { CJK_SIGNALS_JSON } from '../../lib/diagnose/cjk-signals.generated';
import { ALL_SIGNALS, CORE_SIGNALS } from '../../lib/diagnose/signals';

const JAPANESE = { url: '', title: '', text: 'iPhoneのバックアップに失敗しました' };

/** The panel's modules, fresh (nothing loaded yet), with the extension's file answering so. */
async function panelAfterLoading(answer: () => Promise<Response>) {
  const fetched: string[] = [];
  vi.stubGlobal('browser', { runtime: { id: 'test', getURL: (p: string) => `ext://test${p}` } });
  vi.stubGlobal('fetch', (url: string) => {
    fetched.push(url);
    return answer();
  });
  const { loadCjkTables } = await import('../../lib/diagnose/browser-cjk');
  const { diagnose } = await import('../../lib/diagnose/diagnose');
  const { signalWeights } = await import('../../lib/diagnose/signal-table');
  await loadCjkTables();
  await loadCjkTables();
  return { fetched, signals: signalWeights().length, diagnosis: diagnose(JAPANESE) };
}

describe('the panel loading the CJK part of the tables', () => {
  beforeEach(() => vi.resetModules());
  afterEach(() => vi.unstubAllGlobals());

  it('reads the extension’s file once and then diagnoses with every table', async () => {
    const loaded = await panelAfterLoading(() =>
      Promise.resolve(new Response(CJK_SIGNALS_JSON, { status: 200 })),
    );
    expect(loaded.fetched).toEqual([`ext://test${CJK_TABLES_PATH}`]);
    expect(loaded.signals).toBe(ALL_SIGNALS.length);
    expect(loaded.diagnosis.isBackupError).toBe(true);
  });

  it.each([
    ['cannot be fetched', () => Promise.reject(new TypeError('Failed to fetch'))],
    ['is missing', () => Promise.resolve(new Response('', { status: 404 }))],
    ['is not JSON', () => Promise.resolve(new Response('{"matcher":', { status: 200 }))],
    ['is not such a part', () => Promise.resolve(new Response('{"ranks":[]}', { status: 200 }))],
  ])('keeps the core when the file %s, and the page is still diagnosed', async (_, answer) => {
    const loaded = await panelAfterLoading(answer);
    expect(loaded.signals).toBe(CORE_SIGNALS.length);
    expect(loaded.diagnosis.isBackupError).toBe(false);
    expect(loaded.diagnosis.confidence).toBeGreaterThan(0);
  });
});
