import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { Window } from 'happy-dom';
import { feedFixture } from './feed-files';

const SITE = path.resolve(import.meta.dirname, '../../fixtures/sites/www.apple.com');
const RENDER_SCRIPT = readFileSync(
  path.join(SITE, 'support/systemstatus/assets/render-status.js'),
  'utf8',
);

/** Our status pages, by what each proves: the URL they are served at and their file. */
export const STATUS_PAGES = {
  table: { url: 'https://www.apple.com/support/systemstatus/', width: 1280 },
  'small screen': { url: 'https://www.apple.com/support/systemstatus/', width: 400 },
  'UK (English)': { url: 'https://www.apple.com/uk/support/systemstatus/', width: 1280 },
  'German (localised names)': {
    url: 'https://www.apple.com/de/support/systemstatus/',
    width: 1280,
  },
  'Arabic (right to left)': {
    url: 'https://www.apple.com/ae-ar/support/systemstatus/',
    width: 1280,
  },
} as const;

export type StatusPageName = keyof typeof STATUS_PAGES;

function fileOf(url: string): string {
  return path.join(SITE, new URL(url).pathname, 'index.html');
}

/**
 * One of our status pages after its script has drawn it from `feed` (a file in
 * tests/fixtures/feeds/), in happy-dom at the page's width. The page script runs in a sandbox
 * whose fetch answers with the feed and whose timer fires at once.
 */
export async function renderStatusPage(
  name: StatusPageName,
  feed: string,
  into?: Document,
): Promise<Document> {
  const { url, width } = STATUS_PAGES[name];
  const window = new Window({ url, width, height: 900 });
  const parsed = new window.DOMParser().parseFromString(
    readFileSync(fileOf(url), 'utf8'),
    'text/html',
  ) as unknown as Document;
  // Drawn into `into` (the test's own document) when given: its body becomes the page's,
  // without the script tag (the sandbox below runs it).
  if (into) {
    const nodes = [...parsed.body.childNodes].filter((n) => n.nodeName !== 'SCRIPT');
    into.body.replaceChildren(...nodes.map((n) => into.importNode(n, true)));
  }
  const target = into ?? parsed;
  const body = feedFixture(feed);
  // The page script reads its options from its own tag, which `into` does not hold.
  const tag = parsed.querySelector('script[src*="render-status"]');
  const sandboxDocument = new Proxy(target, {
    get(doc, key) {
      if (key === 'currentScript') return tag;
      const value: unknown = Reflect.get(doc, key, doc);
      return typeof value === 'function' ? value.bind(doc) : value;
    },
  });
  runInNewContext(RENDER_SCRIPT, {
    document: sandboxDocument,
    window: { innerWidth: width },
    DOMParser: window.DOMParser,
    setTimeout: (fn: () => void) => fn(),
    fetch: () => Promise.resolve({ text: () => Promise.resolve(body) }),
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
  return target;
}

/** Apple changed every class and id: what is left of a page for a reader. */
export function stripClassesAndIds(root: ParentNode): void {
  for (const element of root.querySelectorAll('[class], [id]')) {
    element.removeAttribute('class');
    element.removeAttribute('id');
  }
}
