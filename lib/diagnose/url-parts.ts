/** The lower-case host of an absolute URL; '' when it has none. */
export function hostOf(url: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(url);
  return (m?.[1] ?? '').toLowerCase();
}

/** The path of a page URL: before its query and fragment. */
export function pathOf(url: string): string {
  const qIndex = url.indexOf('?');
  return (qIndex >= 0 ? url.slice(0, qIndex) : url).split('#')[0] ?? '';
}

/** The path of Apple's support search, whose only text of the reader's is its query. */
export const SEARCH_PATH = /(?:^|\/)search\/?$/i;

/** Whether a page URL is Apple's support search. */
export function isSearchPage(url: string): boolean {
  return SEARCH_PATH.test(pathOf(url).replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, ''));
}

/** The support search query (`?q=`) of a page URL, decoded; '' when there is none. */
export function readQuery(url: string): string {
  const qIndex = url.indexOf('?');
  if (qIndex < 0) return '';
  const params = url.slice(qIndex + 1).split('#')[0] ?? '';
  let query = '';
  for (const pair of params.split('&')) {
    const eq = pair.indexOf('=');
    if (eq > 0 && pair.slice(0, eq) === 'q') query = decode(pair.slice(eq + 1));
  }
  return query;
}

function decode(value: string): string {
  const spaced = value.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}
