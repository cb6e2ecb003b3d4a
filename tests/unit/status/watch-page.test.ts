import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchStatusPage } from '../../../entrypoints/systemstatus.content/watch-page';
import type { PageReading } from '../../../entrypoints/systemstatus.content/card';

function addRow(name: string, light: string): void {
  const tbody = document.querySelector('#ssp-lights-table tbody');
  const html = `<table><tbody><tr><td><div class="light-container"><div class="light-image light-${light}"></div><div class="light-name">${name}<span class="a11y">: ${light}</span></div></div></td></tr></tbody></table>`;
  const row = new DOMParser().parseFromString(html, 'text/html').querySelector('tr');
  if (tbody && row) tbody.append(row);
}

function setUpPage(): void {
  const html = `<main><div class="section-date"><span class="date-copy">As of 9:15 AM</span></div><table id="ssp-lights-table"><tbody></tbody></table></main>`;
  document.body.replaceChildren(
    ...new DOMParser().parseFromString(html, 'text/html').body.childNodes,
  );
}

/** Lets the observer's callback and the frame it schedules run. */
async function settle(): Promise<void> {
  await new Promise((r) => setTimeout(r, 50));
}

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe('watchStatusPage', () => {
  it('reads rows drawn after load until the iCloud Backup row arrives, then stops', async () => {
    setUpPage();
    const ctx = new ContentScriptContext('test');
    const readings: PageReading[] = [];
    watchStatusPage(ctx, (r) => readings.push(r));
    expect(readings).toEqual([]);

    addRow('App Store', 'available');
    await settle();
    expect(readings.map((r) => r.services.map((s) => s.name))).toEqual([['App Store']]);

    addRow('iCloud Backup', 'outage');
    await settle();
    expect(readings.at(-1)?.services.map((s) => [s.name, s.state])).toEqual([
      ['App Store', 'available'],
      ['iCloud Backup', 'outage'],
    ]);
    const at = new Date(readings.at(-1)?.at ?? 0);
    expect([at.getHours(), at.getMinutes()]).toEqual([9, 15]);

    const count = readings.length;
    addRow('Photos', 'issue');
    await settle();
    expect(readings).toHaveLength(count);
    ctx.abort();
  });

  it('stops watching when the content script is invalidated', async () => {
    setUpPage();
    const ctx = new ContentScriptContext('test');
    const readings: PageReading[] = [];
    watchStatusPage(ctx, (r) => readings.push(r));
    ctx.abort();
    addRow('iCloud Backup', 'outage');
    await settle();
    expect(readings).toEqual([]);
  });

  it('gives up waiting for rows after 15 seconds', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] });
    setUpPage();
    const ctx = new ContentScriptContext('test');
    const readings: PageReading[] = [];
    watchStatusPage(ctx, (r) => readings.push(r));
    await vi.advanceTimersByTimeAsync(15_000);
    addRow('iCloud Backup', 'outage');
    await vi.advanceTimersByTimeAsync(100);
    expect(readings).toEqual([]);
    ctx.abort();
  });

  it('reads a page that is already drawn at once', () => {
    setUpPage();
    addRow('iCloud Backup', 'available');
    const ctx = new ContentScriptContext('test');
    const readings: PageReading[] = [];
    watchStatusPage(ctx, (r) => readings.push(r));
    expect(readings).toHaveLength(1);
    ctx.abort();
  });
});
