import { afterEach, describe, expect, it } from 'vitest';
import {
  HIGHLIGHT_ATTRIBUTE,
  highlightRows,
} from '../../../entrypoints/systemstatus.content/highlight';
import type { SourcedView } from '../../../entrypoints/systemstatus.content/card';
import type { ServiceState } from '../../../lib/status/types';

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
