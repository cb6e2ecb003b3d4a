import { afterEach, describe, expect, it } from 'vitest';
import {
  HIGHLIGHT_ATTRIBUTE,
  highlightRows,
} from '../../../entrypoints/systemstatus.content/highlight';
import type { SourcedView } from '../../../entrypoints/systemstatus.content/card';
import type { ServiceState } from '../../../lib/status/types';
import { renderStatusPage, STATUS_PAGES, type StatusPageName } from './status-pages';

function row(name: string, light: string): string {
  return `<td><div class="light-container"><div class="light-image light-${light}"></div><div class="light-name">${name}<span class="a11y">: ${light}</span></div></div></td>`;
}

function view(name: string, state: ServiceState): SourcedView {
  return {
    name,
    state,
    event: null,
    scheduled: null,
    lastKnown: state,
    stale: false,
    source: 'feed',
  };
}

function marks(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const el of document.querySelectorAll<HTMLElement>(`[${HIGHLIGHT_ATTRIBUTE}]`)) {
    out[el.querySelector('.light-name')?.firstChild?.textContent ?? ''] =
      `${el.getAttribute(HIGHLIGHT_ATTRIBUTE)} ${el.style.outline}`;
  }
  return out;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('highlightRows', () => {
  it('outlines iCloud Backup always and related services only when in trouble, then undoes it', () => {
    // Our own fixed markup for the test, parsed in a detached document that runs nothing.
    const html = `<table id="ssp-lights-table"><tbody><tr>${
      row('iCloud Backup', 'available') +
      row('iCloud Account &amp; Sign In', 'outage') +
      row('Apple ID', 'available') +
      row('iCloud Mail', 'outage')
    }</tr></tbody></table>`;
    document.body.append(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
    const container = document.querySelector<HTMLElement>('.light-container');
    if (container) container.style.outline = '1px dotted black';

    const undo = highlightRows([
      view('iCloud Backup', 'available'),
      view('iCloud Account & Sign In', 'outage'),
      view('Apple Account', 'available'),
    ]);
    expect(marks()).toEqual({
      'iCloud Backup': expect.stringMatching(/^primary (?=.*3px)(?=.*solid)(?=.*#0a5cc2)/),
      'iCloud Account & Sign In': expect.stringMatching(
        /^trouble (?=.*3px)(?=.*solid)(?=.*#c4161c)/,
      ),
    });
    undo();
    expect(marks()).toEqual({});
    expect(container?.style.outlineStyle).toBe('dotted');
    expect(container?.style.outlineWidth).toBe('1px');
  });
});

/** The marks on a rendered page, by the row's English service name. */
function marksByService(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const el of document.querySelectorAll<HTMLElement>(`[${HIGHLIGHT_ATTRIBUTE}]`)) {
    const name = el.querySelector('[role="text"], .event-title')?.textContent ?? '';
    out[name] = `${el.getAttribute(HIGHLIGHT_ATTRIBUTE)} ${el.style.outlineStyle}`;
  }
  return out;
}

describe('highlightRows on each of our rendered status pages', () => {
  const outage = [
    view('iCloud Backup', 'outage'),
    view('iCloud Account & Sign In', 'outage'),
    view('iCloud Storage Upgrades', 'available'),
    view('Apple Account', 'available'),
    view('iCloud Drive', 'issue'),
  ];

  it.each(Object.keys(STATUS_PAGES) as StatusPageName[])(
    'the %s page during an outage: iCloud Backup and the related services in trouble',
    async (page) => {
      await renderStatusPage(page, 'backup-outage.json', document);
      highlightRows(outage);
      const marks = Object.values(marksByService());
      expect(marks.filter((m) => m === 'primary solid')).toHaveLength(1);
      expect(marks.filter((m) => m === 'trouble solid')).toHaveLength(2);
    },
  );

  it('a row found by a guessed name is not marked when it shows other than the feed', async () => {
    await renderStatusPage('Arabic (right to left)', 'backup-outage.json', document);
    highlightRows([view('iCloud Backup', 'available'), view('iCloud Drive', 'issue')]);
    expect(Object.values(marksByService())).toEqual(['trouble solid']);
  });
});
