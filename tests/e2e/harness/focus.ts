import type { Page } from 'puppeteer';

/** Where keyboard focus is, looking through open shadow roots, and whether it can be seen. */
export interface FocusInfo {
  /** The light-DOM element holding focus: our host's tag name when focus is in its shadow root. */
  host: string;
  tag: string;
  className: string;
  id: string;
  /** aria-label, else the text, trimmed to 60 characters. */
  name: string;
  /** Matches `:focus-visible` and draws an outline or box-shadow there. */
  visible: boolean;
}

/** The focused element, through shadow roots. */
export function focused(page: Page): Promise<FocusInfo> {
  return page.evaluate(() => {
    const host = document.activeElement ?? document.body;
    let el: Element = host;
    while (el.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return {
      host: host.tagName.toLowerCase(),
      tag: el.tagName.toLowerCase(),
      className: typeof el.className === 'string' ? el.className : '',
      id: el.id,
      name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60),
      visible: el.matches(':focus-visible') && (outline || style.boxShadow !== 'none'),
    };
  });
}

/** Whether the focused element (through shadow roots) matches `selector`. */
export function focusMatches(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((s) => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.matches(s) ?? false;
  }, selector);
}

/**
 * Presses Tab (Shift+Tab when `back`) until focus is on an element matching `selector`, and
 * returns every stop on the way. Throws after `max` presses: the control is not reachable.
 */
export async function tabTo(
  page: Page,
  selector: string,
  { back = false, max = 60 }: { back?: boolean; max?: number } = {},
): Promise<FocusInfo[]> {
  const stops: FocusInfo[] = [];
  for (let i = 0; i < max; i++) {
    if (back) await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    if (back) await page.keyboard.up('Shift');
    stops.push(await focused(page));
    if (await focusMatches(page, selector)) return stops;
  }
  throw new Error(
    `${selector} not reached in ${max} Tab presses: ${stops.map((s) => s.name).join(' | ')}`,
  );
}
