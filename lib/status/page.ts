import {
  STATUS_PAGE_SELECTORS as SEL,
  STATUS_PAGE_WORDS as WORDS,
} from '../../content/apple-selectors';
import { LOCALISED_SERVICE_NAMES } from '../../content/services';
import { first } from '../untrusted';
import { cleanText } from './entities';
import { sameService, serviceKey } from './names';
import { worseState } from './summarize';
import type { ServiceState, ServiceStatus } from './types';

/**
 * Localised names (only the status page's reader needs them: here, out of the panel's bundle)
 * compare without case, spaces or hyphens ("iCloud-Backup", "iCloud バックアップ").
 */
function looseKey(name: string): string {
  return cleanText(name)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-\u2010-\u2015]+/g, '');
}

const LOCALISED: ReadonlyMap<string, { service: string; certain: boolean }> = new Map(
  LOCALISED_SERVICE_NAMES.map(({ name, service, certain }) => [
    looseKey(name),
    { service, certain },
  ]),
);

/**
 * The English feed's service a localised status-page name stands for, and whether that name is
 * known for certain (content/services.ts); null when it is none we know.
 */
export function localisedService(name: string): { service: string; certain: boolean } | null {
  return LOCALISED.get(looseKey(name)) ?? null;
}

/**
 * The service rows the page shows, in page order: for each layout (lights table, small-screen
 * events) the first selector that finds any. Nothing inside the legend counts, and a row inside
 * another row found already is the same service.
 */
export function statusPageRows(root: ParentNode): Element[] {
  const legend = SEL.legend.join(',');
  const rows: Element[] = [];
  for (const layout of SEL.rows) {
    for (const selector of layout) {
      const found = [...root.querySelectorAll(selector)].filter((row) => !row.closest(legend));
      if (found.length === 0) continue;
      for (const row of found) {
        if (!rows.some((r) => r.contains(row) || row.contains(r))) rows.push(row);
      }
      break;
    }
  }
  return rows;
}

/**
 * What a class word or a phrase says about the service now: an event that is over or not
 * started makes it available; otherwise the worst state named; null when it names none.
 */
function stateOfWords(text: string): ServiceState | null {
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  if (words.some((w) => WORDS.notCurrent.includes(w))) return 'available';
  let state: ServiceState | null = null;
  for (const word of words) {
    // Own keys only: a word such as "constructor" is no state.
    const named = Object.hasOwn(WORDS.states, word) ? WORDS.states[word] : undefined;
    if (named) state = state ? worseState(state, named) : named;
  }
  return state;
}

function stateOfClasses(element: Element): ServiceState | null {
  for (const name of element.classList) {
    const match = /^light-([a-z]+)$/.exec(name);
    const state = match?.[1] ? stateOfWords(match[1]) : null;
    if (state) return state;
  }
  return null;
}

/** The light's class: on the known light element, else on any element of the row. */
function lightState(row: Element): ServiceState | null {
  const known = first(row, SEL.light);
  const candidates = [
    row,
    ...(known ? [known, ...known.querySelectorAll('[class*="light-"]')] : []),
    ...row.querySelectorAll('[class*="light-"]'),
  ];
  for (const element of candidates) {
    const state = stateOfClasses(element);
    if (state) return state;
  }
  return null;
}

const ELEMENT = 1;
const TEXT = 3;

/** Text of `element` without the text of `leaveOut` (a descendant). */
function textWithout(element: Element, leaveOut: Element | null): string {
  if (!leaveOut) return element.textContent ?? '';
  let text = '';
  for (const node of element.childNodes) {
    if (node === leaveOut) continue;
    text +=
      node.nodeType === ELEMENT
        ? textWithout(node as Element, leaveOut)
        : node.nodeType === TEXT
          ? (node.textContent ?? '')
          : '';
  }
  return text;
}

/** The a11y suffix inside a name: a known class, else a last child element that reads ": …". */
function suffixOf(name: Element): Element | null {
  const known = first(name, SEL.a11ySuffix);
  if (known) return known;
  const last = name.lastElementChild;
  return last && /^\s*:/.test(last.textContent ?? '') ? last : null;
}

/**
 * A row's service name as shown and the states its words give: the nested a11y suffix
 * (": available") and the phrase after the last hyphen of a link or small-screen title
 * ("iCloud Mail - Issue", "X - Available"; in any language, so cut off even when its words are
 * not known). Elsewhere a hyphen is cut only before a known state word.
 */
function rowWords(row: Element): { name: string; states: (ServiceState | null)[] } {
  const nameElement = first(row, SEL.name) ?? row;
  const suffix = suffixOf(nameElement);
  const phrased =
    first(row, SEL.phrased) ?? (nameElement.matches(SEL.phrased.join(',')) ? nameElement : null);
  let shown = cleanText(textWithout(nameElement, suffix));
  if (shown === '') shown = cleanText(phrased?.textContent ?? '');
  const states = [stateOfWords(suffix?.textContent ?? '')];
  const phrase = /^(.*\S)\s+[-\u2013\u2014]\s+(.+)$/.exec(shown);
  if (phrase?.[1] && phrase[2]) {
    const said = stateOfWords(phrase[2]);
    if (said || phrased) {
      shown = phrase[1];
      states.push(said);
    }
  }
  return { name: shown.replace(/\s*:$/, '').trim(), states };
}

/**
 * How a row's name was matched to the English feed's services: as shown (an English name, or one
 * we do not know), by a localised name we are certain of, or by a guessed one.
 */
export type RowMatch = 'shown' | 'localised' | 'guessed';

export interface StatusPageRow {
  row: Element;
  /** The English feed's name when the shown one is a localised name we know. */
  status: ServiceStatus;
  match: RowMatch;
}

/**
 * Each readable row with the status it shows: the worst of what its light class, its link's
 * phrase and its a11y suffix say (a row none of them explains is unknown).
 */
export function readStatusPageRows(root: ParentNode): StatusPageRow[] {
  const out: StatusPageRow[] = [];
  for (const row of statusPageRows(root)) {
    const { name, states } = rowWords(row);
    if (name === '') continue;
    const known = [lightState(row), ...states].filter((s): s is ServiceState => s !== null);
    const state = known.length > 0 ? known.reduce(worseState) : 'unknown';
    const found = localisedService(name);
    // An English name is itself, however loosely the table would match it.
    const local = found && !sameService(found.service, name) ? found : null;
    out.push({
      row,
      status: { name: local?.service ?? name, state, events: [] },
      match: local ? (local.certain ? 'localised' : 'guessed') : 'shown',
    });
  }
  return out;
}

/**
 * The services a page reading stands for, one per name (a page may show both layouts): a row
 * named by a guessed localised name is left out, so the feed answers for that service.
 */
export function pageServices(rows: readonly StatusPageRow[]): ServiceStatus[] {
  const seen = new Set<string>();
  const out: ServiceStatus[] = [];
  for (const { status, match } of rows) {
    const key = serviceKey(status.name);
    if (match === 'guessed' || seen.has(key)) continue;
    seen.add(key);
    out.push(status);
  }
  return out;
}

/**
 * What Apple's System Status page shows, one status per service. The page carries no event
 * details.
 */
export function readStatusPage(root: ParentNode): ServiceStatus[] {
  return pageServices(readStatusPageRows(root));
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
