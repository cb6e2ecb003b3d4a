import { STATUS_PAGE_LIGHTS, STATUS_PAGE_SELECTORS as SEL } from '../../content/apple-selectors';
import { cleanText } from './entities';
import type { ServiceState, ServiceStatus } from './types';

function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** The service rows the page shows, by the first row selector that finds any. */
export function statusPageRows(root: ParentNode): Element[] {
  for (const selector of SEL.rows) {
    const rows = root.querySelectorAll(selector);
    if (rows.length > 0) return [...rows];
  }
  return [];
}

function stateFromWords(words: string): ServiceState | null {
  for (const word of words.toLowerCase().split(/[^a-z]+/)) {
    const state = STATUS_PAGE_LIGHTS[word];
    if (state) return state;
  }
  return null;
}

function stateOfClasses(element: Element): ServiceState | null {
  for (const name of element.classList) {
    const match = /^light-([a-z]+)$/.exec(name);
    const state = match?.[1] ? STATUS_PAGE_LIGHTS[match[1]] : undefined;
    if (state) return state;
  }
  return null;
}

/** The light's class: on the known light element, else on any element of the row. */
function lightState(row: Element): ServiceState | null {
  const known = first(row, SEL.light);
  const candidates = [
    ...(known ? [known, ...known.querySelectorAll('[class*="light-"]')] : []),
    ...row.querySelectorAll('[class*="light-"]'),
  ];
  for (const element of candidates) {
    const state = stateOfClasses(element);
    if (state) return state;
  }
  return null;
}

/** A row's service name (without its a11y suffix) and what its suffix says. */
function rowName(row: Element): { name: string; suffix: string } {
  const element = first(row, SEL.name) ?? row;
  const suffixElement = first(element, SEL.a11ySuffix);
  const suffix = suffixElement?.textContent ?? '';
  let name = '';
  for (const node of element.childNodes) {
    if (node !== suffixElement) name += node.textContent ?? '';
  }
  return { name: cleanText(name).replace(/:$/, '').trim(), suffix };
}

/** Each readable row with the status it shows (for highlighting the row itself). */
export function readStatusPageRows(root: ParentNode): { row: Element; status: ServiceStatus }[] {
  const out: { row: Element; status: ServiceStatus }[] = [];
  for (const row of statusPageRows(root)) {
    const { name, suffix } = rowName(row);
    if (name === '') continue;
    const state = lightState(row) ?? stateFromWords(suffix) ?? 'unknown';
    out.push({ row, status: { name, state, events: [] } });
  }
  return out;
}

/**
 * What Apple's System Status page shows, one status per row: the light's class first, then the
 * a11y suffix; a row neither explains is unknown. The page carries no event details.
 */
export function readStatusPage(root: ParentNode): ServiceStatus[] {
  return readStatusPageRows(root).map(({ status }) => status);
}

/** The page's "as of" text, trimmed, or null when the page shows none. */
export function readAsOfText(root: ParentNode): string | null {
  const text = first(root, SEL.asOf)?.textContent;
  return text ? cleanText(text) || null : null;
}

/**
 * The time in an "as of" text ("As of today, 2:02 PM", "as of 14:02") on the day of `now`, in
 * local time; null when there is no time or it says another day. A time later than `now` means
 * it was written yesterday.
 */
export function parseAsOf(text: string | null, now: number): number | null {
  if (!text) return null;
  const match = /\b(\d{1,2})[:.](\d{2})\s*([ap]\.?\s?m\.?)?/i.exec(text);
  if (!match?.[1] || !match[2]) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const meridiem = match[3]?.toLowerCase().replace(/[^ap]/g, '');
  if (meridiem === 'p' && hours < 12) hours += 12;
  if (meridiem === 'a' && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59) return null;
  // A written date other than "today" is not something we can place reliably: ignore it.
  if (/\d{1,4}[/.-]\d{1,2}|yesterday/i.test(text.replace(match[0], ''))) return null;
  const day = new Date(now);
  day.setHours(hours, minutes, 0, 0);
  const at = day.getTime();
  return at > now + 60_000 ? at - 24 * 3_600_000 : at;
}
