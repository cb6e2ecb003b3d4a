import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchInvalidation } from '../../lib/content-script/browser-watch-invalidation';
import { teardown } from '../../lib/content-script/lifetime';
import { loadCjkTables } from '../../lib/diagnose/browser-cjk';
import { diagnose, holdsCjk } from '../../lib/diagnose/diagnose';
import { readPage } from '../../lib/diagnose/read-page';
import { initialView } from './initial-view';
import { isTogglePanelMessage } from '../../lib/messaging/protocol';
import { platformOs } from '../../lib/plan/env';
import { readPageFacts } from '../../lib/plan/page-facts';
import { getSettings, watchSettings } from '../../lib/storage/browser-items';
import { getPanelSite } from '../../lib/storage/browser-items';
import type { Settings } from '../../lib/storage/schema';
import { browserTags, loadStrings } from '../../lib/i18n/browser-catalog';
import { chooseLocale, pageLocale } from '../../lib/i18n/locale';
import type { Strings } from '../../lib/i18n/strings';
import { OWN_PANEL_SELECTOR, type PanelController, type PanelHandle } from './api';
import { mountPanel } from './mount';

/** The content script's name for WXT's context (a newer copy of it stops this one). */
const CONTENT_SCRIPT_NAME = 'support-gate';

/**
 * Diagnoses the page and keeps the panel in step: mounted only on a backup-error page, updated
 * when late content or an in-page navigation changes what the page says, removed when it no
 * longer is one, and gone with the content script. Started by the content script once a page
 * has passed the cheap gate; the content script still watches the page and asks for a new
 * reading. From here on, WXT's context tears everything down when the extension goes away.
 */
export function startPanelController(stopGate: () => void): PanelController {
  const ctx = new ContentScriptContext(CONTENT_SCRIPT_NAME);
  ctx.onInvalidated(stopGate);
  const host = location.hostname;
  let panel: PanelHandle | null = null;
  let stopWatching = (): void => undefined;
  let queue: Promise<void> = Promise.resolve();

  /** The panel speaks the setting's language, else the page's, else the browser's. */
  const stringsFor = (settings: Settings): Promise<Strings> =>
    loadStrings(
      chooseLocale({
        setting: settings.language,
        surface: 'page',
        page: pageLocale(location.href, document.documentElement.lang),
        browser: browserTags(),
      }),
    );

  const unmount = () => {
    stopWatching();
    panel?.remove();
    panel = null;
  };

  /** `asked`: the person pressed the shortcut, which opens the panel whatever the settings. */
  const evaluate = async (asked: boolean) => {
    if (ctx.isInvalid) return;
    const page = readPage(document, location.href);
    // The core of the tables is in this code; their CJK part is a file, which only a page with a
    // CJK character needs (lib/diagnose/cjk.ts says why that changes no diagnosis).
    if (holdsCjk(page)) {
      await loadCjkTables();
      if (ctx.isInvalid) return;
    }
    const d = diagnose(page);
    if (!d.isBackupError) {
      unmount();
      return;
    }
    if (panel) {
      panel.update(d, readPageFacts(page));
      if (asked) panel.toggle();
      return;
    }
    const settings = await getSettings();
    const blocked = settings.panel === 'off' || settings.disabledSites.includes(host);
    if ((blocked && !asked) || ctx.isInvalid) return;
    // Never two panels: one left by another copy of this script (an older version) goes first.
    // Firefox destroys that copy when it updates the add-on, without a turn to take its panel
    // away, and the new version's page stylesheet would show it again, dead. An element of the
    // page that merely shares our host's name is not a panel of ours.
    for (const old of document.querySelectorAll(OWN_PANEL_SELECTOR)) old.remove();
    const site = await getPanelSite(host);
    const mode = settings.panel === 'off' ? 'open' : settings.panel;
    const start = asked ? 'open' : initialView(mode, site, window.innerWidth);
    const strings = await stringsFor(settings);
    if (ctx.isInvalid) return;
    panel = await mountPanel(ctx, {
      diagnosis: d,
      facts: readPageFacts(page),
      start,
      host,
      os: platformOs(navigator),
      strings,
    });
    stopWatching = watchInvalidation(ctx);
  };

  const read = (asked = false): Promise<void> => {
    queue = queue.then(() => evaluate(asked)).catch(() => undefined);
    return queue;
  };

  // Turned off (for every site or this one) in the options: go now; turned back on: come back.
  const unwatchSettings = watchSettings((settings) => {
    if (settings.panel === 'off' || settings.disabledSites.includes(host)) unmount();
    else if (!panel) void read();
    else void stringsFor(settings).then((strings) => panel?.setStrings(strings));
  });

  // The keyboard shortcut, relayed by the background: toggles the panel, or opens it on a
  // backup-error page where it was closed or turned off.
  const onMessage = (message: unknown) => {
    if (isTogglePanelMessage(message)) {
      if (panel) panel.toggle();
      else void read(true);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);

  // Our UI first: the extension's APIs may already be gone (see teardown).
  ctx.onInvalidated(() =>
    teardown(unmount, unwatchSettings, () => browser.runtime.onMessage.removeListener(onMessage)),
  );

  return { read: () => read() };
}
