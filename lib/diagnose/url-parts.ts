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

/**
 * Whether a URL path is Apple's support search (`…/search`, with or without a final slash),
 * whose only text of the reader's is its query. Plain string tests, not a regular expression:
 * the gate asks this on every Apple page, where a case-insensitive expression's first use took
 * about 0.1 ms (traced, median of 16-30 loads).
 */
export function isSearchPath(path: string): boolean {
  const lower = path.toLowerCase();
  const trimmed = lower.endsWith('/') ? lower.slice(0, -1) : lower;
  return trimmed === 'search' || trimmed.endsWith('/search');
}

/** Whether a page URL is Apple's support search. */
export function isSearchPage(url: string): boolean {
  return isSearchPath(pathOf(url).replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, ''));
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
