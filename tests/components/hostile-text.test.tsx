import { cleanup, render, waitFor } from '@solidjs/testing-library';
import { EN_GB } from '../helpers/strings';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IncidentNotice } from '../../components/plan/IncidentNotice';
import { StatusLine } from '../../entrypoints/panel/StatusLine';
import { Popup } from '../../entrypoints/popup/Popup';
import { StatusCard } from '../../entrypoints/systemstatus.content/StatusCard';
import { parseStatusFeed, summarizeServices, type StatusSnapshot } from '../../lib/status';
import { snapshotItem } from '../../lib/status/browser-snapshot-store';
import { statusCardView } from '../../entrypoints/systemstatus.content/card';
import { FIXTURE_START, SCRIPT_TEXT, scriptFeed } from '../helpers/hostile-feeds';

const NOW = FIXTURE_START + 10 * 60_000;

function scriptSnapshot(): StatusSnapshot {
  return {
    services: summarizeServices(parseStatusFeed(scriptFeed()), NOW),
    fetchedAt: NOW,
    checkedAt: NOW,
    error: null,
    refreshing: false,
  };
}

/** No element came out of Apple's text, and the text is there, character for character. */
function expectShownAsText(container: HTMLElement): void {
  expect(container.querySelector('img, script')).toBeNull();
  expect(container.textContent).toContain(SCRIPT_TEXT);
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('Apple’s text that looks like markup is shown as text', () => {
  it('in the status card', () => {
    const view = statusCardView(scriptSnapshot(), null, NOW, EN_GB, { timeZone: 'UTC' });
    const { container } = render(() => <StatusCard view={view} />);
    expectShownAsText(container);
  });

  it('in the panel’s incident notice, message, users and service name', () => {
    const { container } = render(() => (
      <IncidentNotice
        now={NOW}
        incident={{
          service: SCRIPT_TEXT,
          event: {
            messageId: 'x',
            state: 'outage',
            phase: 'ongoing',
            statusType: 'Outage',
            message: SCRIPT_TEXT,
            usersAffected: SCRIPT_TEXT,
            start: FIXTURE_START,
            end: null,
          },
        }}
      />
    ));
    expectShownAsText(container);
    expect(container.querySelector('blockquote')?.textContent).toBe(SCRIPT_TEXT);
  });

  it('in the panel’s status line, which names the service and its state in our words', () => {
    const { container } = render(() => <StatusLine snapshot={scriptSnapshot()} now={NOW} />);
    expect(container.querySelector('img, script')).toBeNull();
    expect(container.querySelector('.bd-status')?.getAttribute('data-state')).toBe('outage');
  });

  it('in the popup’s status, Apple’s message and who is affected', async () => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    const snapshot = scriptSnapshot();
    await snapshotItem.setValue(snapshot);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(snapshot as never);
    const { container } = render(() => <Popup />);
    await waitFor(() =>
      expect(container.querySelector('.hero[data-state="outage"]')).not.toBeNull(),
    );
    expectShownAsText(container);
  });
});
