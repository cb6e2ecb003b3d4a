/**
 * Finds where quotes appear in a page's text, as DOM Ranges, so they can be highlighted with the
 * CSS Custom Highlight API without touching Apple's DOM. Matching ignores case, runs of
 * whitespace and curly versus straight quotes, because evidence is quoted from normalised text.
 * Takes the document as a parameter: no DOM globals.
 */

/** Text inside these is not something the reader sees. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
/** NodeFilter.SHOW_TEXT, spelled out so this module needs no global. */
const SHOW_TEXT = 4;
/** Enough to show where the words are without painting a whole page. */
const MAX_RANGES = 30;

function foldChar(ch: string): string {
  if (ch === '\u2019' || ch === '\u2018') return "'";
  if (ch === '\u201c' || ch === '\u201d') return '"';
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower : ch;
}

function isSpace(ch: string): boolean {
  return /\s/.test(ch);
}

/** A quote folded the same way the page text is. */
export function foldText(text: string): string {
  let out = '';
  let space = true;
  for (const ch of text) {
    if (isSpace(ch)) {
      if (!space) out += ' ';
      space = true;
    } else {
      // Surrogate pairs are kept whole; only single code units are folded.
      out += ch.length === 1 ? foldChar(ch) : ch;
      space = false;
    }
  }
  return out.trimEnd();
}

interface FoldedPage {
  text: string;
  /** For each character of `text`, its text node and offset. */
  nodes: Text[];
  nodeIndex: Int32Array;
  offset: Int32Array;
}

function foldPage(doc: Document, root: Node): FoldedPage {
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const nodes: Text[] = [];
  const chars: string[] = [];
  const nodeIdx: number[] = [];
  const offs: number[] = [];
  let space = true;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || SKIP_TAGS.has(parent.tagName)) continue;
    const data = n.nodeValue ?? '';
    const index = nodes.push(n as Text) - 1;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i] ?? '';
      if (isSpace(ch)) {
        if (space) continue;
        chars.push(' ');
        space = true;
      } else {
        chars.push(foldChar(ch));
        space = false;
      }
      nodeIdx.push(index);
      offs.push(i);
    }
  }
  return {
    text: chars.join(''),
    nodes,
    nodeIndex: Int32Array.from(nodeIdx),
    offset: Int32Array.from(offs),
  };
}

/** Every place (up to a cap) where one of the quotes appears under `root`, in page order. */
export function findTextRanges(doc: Document, root: Node, quotes: readonly string[]): Range[] {
  const page = foldPage(doc, root);
  const found: [number, number][] = [];
  for (const quote of new Set(quotes.map(foldText).filter((q) => q.length > 0))) {
    for (let at = page.text.indexOf(quote); at >= 0; at = page.text.indexOf(quote, at + 1)) {
      found.push([at, at + quote.length - 1]);
      if (found.length >= MAX_RANGES) break;
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  return found.slice(0, MAX_RANGES).flatMap(([start, end]) => {
    const startNode = page.nodes[page.nodeIndex[start] ?? -1];
    const endNode = page.nodes[page.nodeIndex[end] ?? -1];
    if (!startNode || !endNode) return [];
    const range = doc.createRange();
    range.setStart(startNode, page.offset[start] ?? 0);
    range.setEnd(endNode, (page.offset[end] ?? 0) + 1);
    return [range];
  });
}
