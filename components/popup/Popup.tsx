import type { JSX } from 'solid-js';
import { browser } from 'wxt/browser';
import { POPUP_STRINGS as S } from '../../content/strings/popup';
import { createStatusFeed } from './createStatusFeed';
import { StatusView } from './StatusView';
import './popup.css';

/** The toolbar popup: iCloud Backup's status first. */
export function Popup(): JSX.Element {
  const feed = createStatusFeed();
  return (
    <main class="popup" aria-busy={!feed.loaded()}>
      <header class="popup-header">
        <h1>{S.title}</h1>
        <button
          type="button"
          class="link-button"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {S.settings}
        </button>
      </header>
      <StatusView feed={feed} />
    </main>
  );
}
