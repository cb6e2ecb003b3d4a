import { COMMUNITY_SELECTORS, SUPPORT_SELECTORS } from '../../content/apple-selectors';
import { readQuery } from './url-parts';
import type { PageText } from './types';

/** The most text read from a page; what a page says about backups comes well before this. */
export const MAX_PAGE_TEXT = 200_000;
const MAX_TITLE = 1_000;

const ELEMENT = 1;
const TEXT = 3;
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
const EXCLUDE = SUPPORT_SELECTORS.exclude.join(',');

function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    const el = root.querySelector(s);
    if (el) return el;
  }
  return null;
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
      if (el.matches(EXCLUDE)) continue;
      collect(el, out, budget);
      if (BLOCKS.has(el.tagName.toUpperCase())) {
        out.push('\n');
        budget.left -= 1;
      }
    }
  }
}

function textOf(nodes: Element[]): string {
  const out: string[] = [];
  const budget = { left: MAX_PAGE_TEXT };
  for (const n of nodes) {
    if (budget.left <= 0) break;
    if (n.matches(EXCLUDE)) continue;
    collect(n, out, budget);
    out.push('\n');
    budget.left -= 1;
  }
  return out.join('').slice(0, MAX_PAGE_TEXT);
}

function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE);
}

function hostOf(url: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(url);
  return (m?.[1] ?? '').toLowerCase();
}

/** Where a page says what it says: its title, the search query, and the elements holding its text. */
interface PageParts {
  title: string;
  query: string;
  nodes: Element[];
}

function pageParts(doc: Document, href: string): PageParts {
  if (hostOf(href) === 'discussions.apple.com') {
    const title =
      clean(first(doc, COMMUNITY_SELECTORS.threadTitle)?.textContent) || clean(doc.title);
    // The question and every reply, in page order; a post inside another counts once.
    let posts = [...doc.querySelectorAll(COMMUNITY_SELECTORS.posts.join(','))];
    posts = posts.filter((p) => !posts.some((q) => q !== p && q.contains(p)));
    if (posts.length === 0) {
      const thread = first(doc, COMMUNITY_SELECTORS.thread);
      posts = thread ? [thread] : [];
    }
    return { title, query: '', nodes: posts };
  }

  const query = readQuery(href);
  const path = href.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').split(/[?#]/)[0] ?? '';
  if (/(?:^|\/)search\/?$/.test(path)) return { title: clean(doc.title), query, nodes: [] };

  const body = first(doc, SUPPORT_SELECTORS.articleBody);
  const title = clean(first(doc, SUPPORT_SELECTORS.articleTitle)?.textContent) || clean(doc.title);
  return { title, query: '', nodes: body ? [body] : [] };
}

/**
 * The main content of an Apple support article or guide page, a Community thread (title and
 * posts) or a support search (the query), without navigation, footers, related links or
 * cookie banners. Reads the document; never changes it.
 */
export function readPage(doc: Document, url?: string): PageText {
  const href = url ?? doc.URL ?? '';
  const lang = doc.documentElement?.getAttribute('lang') ?? undefined;
  const { title, query, nodes } = pageParts(doc, href);
  const text = nodes.length > 0 ? textOf(nodes) : query.slice(0, MAX_PAGE_TEXT);
  return { url: href, ...(lang ? { lang } : {}), title, text };
}

/**
 * What the backup gate looks at, read the quick way: the same title, query and elements as
 * readPage, but each element's whole text at once, without the walk that leaves out navigation
 * and related links. It holds all that readPage would keep (and perhaps more), so the gate never
 * shuts on a page the full reading would find about a backup; it runs on every Apple page.
 */
export function readGateTexts(doc: Document, url: string): string[] {
  const { title, query, nodes } = pageParts(doc, url);
  return [title, query, ...nodes.map((n) => n.textContent ?? '')];
}
