import { browser } from 'wxt/browser';
import { APPLE_LOCALE_SITES } from '../../content/apple-sites';
import { browserTags, readerStrings } from '../i18n/browser-catalog';
import { chooseLocale } from '../i18n/locale';
import { getSettings, watchSettings } from '../storage/browser-items';
import { notifyAfterFetch } from './browser-notifications';
import {
  fetchStateItem,
  getFetchState,
  getSnapshot,
  snapshotItem,
  watchSnapshot,
} from './browser-snapshot-store';
import { firstTickDelayMinutes, POLL_INTERVAL_MS } from './schedule';
import { StatusService } from './service';
import { badgeFor } from './describe';
import { BADGE_TEXT_COLOR } from './state-colors';
import { problemLine } from './describe';
import type { StatusSnapshot } from './types';

export const STATUS_ALARM = 'status-tick';

/**
 * Starts the background's status service: the timer (an alarm every 5 minutes, its first tick
 * at a random point of the period so installs never poll together), a fetch on install and on
 * browser start, and the badge following the snapshot. Call once, synchronously, from
 * defineBackground so the listeners exist when the worker wakes for an event.
 */
export function startStatusService(): StatusService {
  const service = new StatusService({
    fetch: (url, init) => fetch(url, init),
    now: () => Date.now(),
    readSnapshot: getSnapshot,
    writeSnapshot: (snapshot) => snapshotItem.setValue(snapshot),
    readFetchState: getFetchState,
    writeFetchState: (state) => fetchStateItem.setValue(state),
    onFetched: notifyAfterFetch,
    readerFeed,
  });

  const showBadge = async (): Promise<void> => applyBadge(await getSnapshot(), Date.now());

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== STATUS_ALARM) return;
    // The tick also re-draws the badge, so it turns to "?" once the data is an hour old.
    void service.tick().then(showBadge);
  });
  browser.runtime.onInstalled.addListener(() => void service.refresh());
  browser.runtime.onStartup.addListener(() => void service.tick());
  watchSnapshot((snapshot) => void applyBadge(snapshot, Date.now()));
  // The tooltip speaks the reader's language: a new language setting re-words it.
  watchSettings(() => void showBadge());

  void (async () => {
    await service.recover();
    await showBadge();
    if (!(await browser.alarms.get(STATUS_ALARM))) {
      await browser.alarms.create(STATUS_ALARM, {
        delayInMinutes: firstTickDelayMinutes(Math.random()),
        periodInMinutes: POLL_INTERVAL_MS / 60_000,
      });
    }
  })();

  return service;
}

/** Shows iCloud Backup's state on the toolbar button (text, colour, and the tooltip in words). */
export async function applyBadge(snapshot: StatusSnapshot, now: number): Promise<void> {
  // Firefox's MV2 build has browserAction where MV3 has action.
  const action = browser.action ?? browser.browserAction;
  const strings = await readerStrings(await getSettings());
  const badge = badgeFor(snapshot, now, strings);
  const problem = problemLine(snapshot, now, strings);
  await Promise.all([
    action.setBadgeText({ text: badge.text }),
    action.setBadgeBackgroundColor({ color: badge.color }),
    action.setTitle({ title: problem ? `${badge.title}\n${problem}` : badge.title }),
  ]);
  // White text on our dark badge colours; not every browser version has this call.
  if ('setBadgeTextColor' in action) {
    await action.setBadgeTextColor({ color: BADGE_TEXT_COLOR });
  }
}

/**
 * The feed of the language the popup and the notifications speak (the setting, else the
 * browser's), or null for English: then only the English feed is ever asked.
 */
async function readerFeed(): Promise<string | null> {
  const { language } = await getSettings();
  const locale = chooseLocale({ setting: language, surface: 'extension', browser: browserTags() });
  return locale === 'en' ? null : APPLE_LOCALE_SITES[locale].feed;
}
