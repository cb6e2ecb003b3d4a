import {
  COMMUNITY_SELECTORS,
  SUPPORT_EXCLUDE,
  SUPPORT_SELECTORS,
} from '../../content/apple-selectors';
import { first } from '../untrusted';
import { hostOf, isSearchPage, readQuery } from './url-parts';
import { THREAD_HOST } from '../../content/apple-sites';
import { PAGE_TEXT_LIMITS, type PageText } from './types';

/** The most text read from a page (PAGE_TEXT_LIMITS in types.ts). */
export const MAX_PAGE_TEXT = PAGE_TEXT_LIMITS.text;
const MAX_TITLE = PAGE_TEXT_LIMITS.title;

const ELEMENT = 1;
const TEXT = 3;
/** Node.DOCUMENT_POSITION_FOLLOWING, without the DOM's globals. */
const FOLLOWING = 4;
const BLOCKS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BR',
  'TD',
  'TH',
  'TR',
  'SECTION',
  'ARTICLE',
  'BLOCKQUOTE',
  'PRE',
  'DT',
  'DD',
  'FIGCAPTION',
  'TABLE',
]);
const EXCLUDE = SUPPORT_EXCLUDE.join(',');

const LISTS = new Set(['UL', 'OL']);

/**
 * A list whose every item is only link text: an in-page table of contents (all `#` anchors) or
 * a block of related articles. What it names is elsewhere, so it is not what the page says.
 */
function isLinkList(el: Element): boolean {
  if (!LISTS.has(el.tagName.toUpperCase())) return false;
  const items = [...el.children].filter((c) => c.tagName.toUpperCase() === 'LI');
  if (items.length === 0) return false;
  return items.every((li) => {
    const own = (li.textContent ?? '').replace(/\s+/g, '');
    const linked = [...li.querySelectorAll('a[href]')]
      .map((a) => a.textContent ?? '')
      .join('')
      .replace(/\s+/g, '');
    return own.length > 0 && own === linked;
  });
}

function skipped(el: Element): boolean {
  return el.matches(EXCLUDE) || isLinkList(el);
}

/** Appends the visible-content text of `node`, skipping excluded parts, up to the cap. */
function collect(node: Node, out: string[], budget: { left: number }): void {
  for (let child = node.firstChild; child && budget.left > 0; child = child.nextSibling) {
    if (child.nodeType === TEXT) {
      const t = (child.nodeValue ?? '').slice(0, budget.left);
      out.push(t);
      budget.left -= t.length;
    } else if (child.nodeType === ELEMENT) {
      const el = child as Element;
      if (skipped(el)) continue;
      collect(el, out, budget);
      if (BLOCKS.has(el.tagName.toUpperCase())) {
        out.push('\n');
        budget.left -= 1;
      }
    }
  }
}

/** The text of `nodes` in order, and where each node's text starts in it. */
function textOf(nodes: Element[]): { text: string; starts: number[] } {
  const out: string[] = [];
  const starts: number[] = [];
  const budget = { left: MAX_PAGE_TEXT };
  for (const n of nodes) {
    if (budget.left <= 0) break;
    // Every part written takes its length from the budget: what is spent is where we are.
    starts.push(MAX_PAGE_TEXT - budget.left);
    if (skipped(n)) continue;
    collect(n, out, budget);
    out.push('\n');
    budget.left -= 1;
  }
  return { text: out.join('').slice(0, MAX_PAGE_TEXT), starts };
}

function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE);
}

/** Inline elements whose text is part of the sentence around them. */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BR',
  'CITE',
  'CODE',
  'EM',
  'I',
  'KBD',
  'MARK',
  'Q',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'U',
]);
/** Blocks a person writes inside a post: paragraphs, quotes, lists, code. */
const PROSE = new Set(['P', 'BLOCKQUOTE', 'PRE', 'UL', 'OL']);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** A post says at least this much: a user name, a rank or a date line is shorter. */
const MIN_POST_CHARS = 40;
const MIN_POST_WORDS = 6;
/** Most of a post's text is its own prose, not nested boxes (author cards, buttons). */
const MIN_PROSE_SHARE = 0.6;

/** Text an element holds as prose of its own: its text, inline children and paragraphs. */
function ownProse(el: Element): string {
  let text = '';
  for (const child of el.childNodes) {
    if (child.nodeType === TEXT) text += child.nodeValue ?? '';
    else if (child.nodeType === ELEMENT) {
      const tag = (child as Element).tagName.toUpperCase();
      if (skipped(child as Element) || tag === 'TIME') continue;
      if (INLINE.has(tag) || PROSE.has(tag)) text += child.textContent ?? '';
    }
  }
  return text.replace(/\s+/g, ' ').trim();
}

function isPost(el: Element): boolean {
  if (HEADINGS.has(el.tagName.toUpperCase()) || el.closest(EXCLUDE)) return false;
  const prose = ownProse(el);
  if (prose.length < MIN_POST_CHARS || prose.split(' ').length < MIN_POST_WORDS) return false;
  const total = (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  return prose.length >= MIN_PROSE_SHARE * total;
}

/**
 * A Community thread read by structure: the main content's heading, then its posts, the largest
 * blocks of user-written text after the heading, in page order (the question first). A post's
 * own paragraphs make it one; author cards, ranks, dates and buttons around it are left out.
 */
function threadParts(doc: Document): PageParts {
  const root = first(doc, COMMUNITY_SELECTORS.main) ?? doc.body ?? doc.documentElement;
  if (!root) return { title: clean(doc.title), query: '', nodes: [] };
  const heading = root.querySelector('h1') ?? doc.querySelector('h1');
  const title = clean(heading?.textContent) || clean(doc.title);
  const posts: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (heading && !(heading.compareDocumentPosition(el) & FOLLOWING)) continue;
    if (posts.some((p) => p.contains(el)) || !isPost(el)) continue;
    posts.push(el);
  }
  return { title, query: '', nodes: posts, thread: true };
}

/** Where a page says what it says: its title, the search query, and the elements holding its text. */
interface PageParts {
  title: string;
  query: string;
  nodes: Element[];
  /** A Community thread: the first node is the question, the rest are replies. */
  thread?: boolean;
}

function pageParts(doc: Document, href: string): PageParts {
  if (hostOf(href) === THREAD_HOST) return threadParts(doc);
  if (isSearchPage(href)) return { title: clean(doc.title), query: readQuery(href), nodes: [] };

  const body = first(doc, SUPPORT_SELECTORS.articleBody);
  const title = clean(first(doc, SUPPORT_SELECTORS.articleTitle)?.textContent) || clean(doc.title);
  if (!body) return { title, query: '', nodes: [] };
  // The lead sits above #sections: read it first, unless the body already holds it.
  const lead = first(doc, SUPPORT_SELECTORS.articleLead);
  const nodes = lead && !body.contains(lead) && !lead.contains(body) ? [lead, body] : [body];
  return { title, query: '', nodes };
}

/**
 * The main content of an Apple support article or guide page, a Community thread (title and
 * posts) or a support search (the query), without navigation, footers, tables of contents,
 * related links, feedback forms or cookie banners. On a thread, `replyStart` says where the
 * replies begin in `text` (the asker's question comes first). Reads the document; never
 * changes it.
 */
export function readPage(doc: Document, url?: string): PageText {
  const href = url ?? doc.URL ?? '';
  const lang = doc.documentElement?.getAttribute('lang') ?? undefined;
  const { title, query, nodes, thread } = pageParts(doc, href);
  const { text, starts } =
    nodes.length > 0 ? textOf(nodes) : { text: query.slice(0, MAX_PAGE_TEXT), starts: [] };
  const replyStart = thread ? starts[1] : undefined;
  return {
    url: href,
    ...(lang ? { lang } : {}),
    title,
    text,
    ...(replyStart !== undefined && replyStart < text.length ? { replyStart } : {}),
  };
}
