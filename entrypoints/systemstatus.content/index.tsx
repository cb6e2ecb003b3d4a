import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { STATUS_PAGE_SELECTORS } from '../../content/apple-selectors';
import { STATUS_PAGES } from '../../content/apple-sites';
import { BACKUP_SERVICES } from '../../content/services';
import { StatusCard } from './StatusCard';
import { StringsProvider } from '../../components/strings';
import { browserTags, loadStrings } from '../../lib/i18n/browser-catalog';
import { chooseLocale, pageLocale } from '../../lib/i18n/locale';
import type { Strings } from '../../lib/i18n/strings';
import { getSettings, watchSettings } from '../../lib/storage/browser-items';
import type { Settings } from '../../lib/storage/schema';
import { watchInvalidation } from '../../lib/content-script/browser-watch-invalidation';
import { withHostName } from '../../lib/content-script/lifetime';
import { teardown } from '../../lib/content-script/lifetime';
import { sendMessage } from '../../lib/messaging/browser-messaging';
import { MARKS_READY, READY_ATTRIBUTE, READY_VALUE } from '../../lib/ready-marker';
import { getSnapshot, watchSnapshot } from '../../lib/status/browser-snapshot-store';
import { pageDisagrees, sourcedView, statusCardView, type PageReading } from './card';
import { inLanguage } from '../../lib/status/local-messages';
import { EMPTY_SNAPSHOT } from '../../lib/status/snapshot';
import { highlightRows } from './highlight';
import { watchStatusPage } from './watch-page';
import './StatusCard.css';

/** The card re-renders this often so "checked N minutes ago" and staleness stay true. */
const CLOCK_TICK_MS = 30_000;

function cardAnchor(): { anchor: Element; append: 'before' | 'first' } {
  for (const selector of STATUS_PAGE_SELECTORS.cardAnchor) {
    const found = document.querySelector(selector);
    if (found) return { anchor: found, append: selector === 'main' ? 'first' : 'before' };
  }
  return { anchor: document.body, append: 'first' };
}

/** The card speaks the setting's language, else the status page's own, else the browser's. */
function stringsFor(settings: Settings): Promise<Strings> {
  return loadStrings(
    chooseLocale({
      setting: settings.language,
      surface: 'page',
      page: pageLocale(location.href, document.documentElement.lang),
      browser: browserTags(),
    }),
  );
}

async function mountCard(ctx: ContentScriptContext): Promise<void> {
  const [snapshot, setSnapshot] = createSignal(EMPTY_SNAPSHOT);
  const [page, setPage] = createSignal<PageReading | null>(null);
  const [now, setNow] = createSignal(Date.now());
  const [strings, setStrings] = createSignal(await stringsFor(await getSettings()));
  // Apple's incident words in the card's language where the background has them.
  const view = () =>
    statusCardView(inLanguage(snapshot(), strings().locale), page(), now(), strings());
  const unwatchSettings = watchSettings((settings) => {
    void stringsFor(settings).then(setStrings);
  });
  ctx.onInvalidated(() => teardown(unwatchSettings));

  const unwatchSnapshot = watchSnapshot(setSnapshot);
  ctx.onInvalidated(() => teardown(unwatchSnapshot));
  setSnapshot(await getSnapshot());
  ctx.setInterval(() => setNow(Date.now()), CLOCK_TICK_MS);

  let unhighlight = (): void => undefined;
  let askedFeed = false;
  const refreshHighlights = (): void => {
    unhighlight();
    const views = BACKUP_SERVICES.map((name) => sourcedView(snapshot(), page(), name, now()));
    unhighlight = highlightRows(views);
  };
  ctx.onInvalidated(() => unhighlight());
  // The primary row's blue follows a page that turns dark or light.
  ctx.addEventListener(matchMedia('(prefers-color-scheme: dark)'), 'change', refreshHighlights);

  watchStatusPage(ctx, (reading) => {
    setPage(reading);
    setNow(Date.now());
    refreshHighlights();
    // The page is newer and says otherwise: ask the background to fetch, once per page view.
    if (!askedFeed && pageDisagrees(snapshot(), reading, Date.now())) {
      askedFeed = true;
      void sendMessage('refreshStatus').catch(() => undefined);
    }
  });
  const unwatchHighlights = watchSnapshot(() => refreshHighlights());
  ctx.onInvalidated(() => teardown(unwatchHighlights));

  const { anchor, append } = cardAnchor();
  const ui = await withHostName('backup-doctor-status', (name) =>
    createShadowRootUi(ctx, {
      name,
      position: 'inline',
      anchor,
      append,
      onMount: (container) =>
        render(
          () => (
            <StringsProvider strings={strings}>
              <StatusCard view={view()} />
            </StringsProvider>
          ),
          container,
        ),
      onRemove: (dispose) => dispose?.(),
    }),
  );
  ui.mount();
  watchInvalidation(ctx);
}

export default defineContentScript({
  matches: [...STATUS_PAGES],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const root = document.documentElement;
    if (MARKS_READY) {
      root.setAttribute(READY_ATTRIBUTE, READY_VALUE);
      ctx.onInvalidated(() => root.removeAttribute(READY_ATTRIBUTE));
    }
    // Answers from the cache at once; refreshes behind it when the data is older than 2 minutes.
    void sendMessage('getStatus').catch(() => undefined);
    await mountCard(ctx);
  },
});
