import { For, Show, type JSX } from 'solid-js';
import { format } from '../../content/strings/format';
import { useStrings } from '../../components/strings';
import { formatClock } from '../../lib/status/describe';
import type { StatusEvent } from '../../lib/status/types';

const MAX_SHOWN = 3;

/** iCloud Backup's resolved events still in Apple's feed, newest first. */
export function recentIncidents(events: readonly StatusEvent[]): StatusEvent[] {
  return events
    .filter((e) => e.phase === 'resolved')
    .sort((a, b) => (b.end ?? b.start ?? 0) - (a.end ?? a.start ?? 0))
    .slice(0, MAX_SHOWN);
}

export function RecentIncidents(props: { events: StatusEvent[]; now: number }): JSX.Element {
  const t = useStrings();
  const S = () => t().ui.popup;
  const clock = (ms: number | null) =>
    ms === null ? S().recentOngoingEnd : formatClock(ms, props.now, t());
  return (
    <section class="recent" aria-labelledby="recent-title">
      <h3 id="recent-title">{S().recentTitle}</h3>
      <Show when={props.events.length > 0} fallback={<p class="muted">{S().recentNone}</p>}>
        <ul>
          <For each={props.events}>
            {(event) => (
              <li>
                <p class="recent-head">
                  <span class="recent-type">{t().ui.status.stateWord[event.state]}</span>{' '}
                  <span class="muted">
                    {format(S().recentWhen, { start: clock(event.start), end: clock(event.end) })}
                  </span>
                </p>
                <p class="recent-message">{event.message}</p>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
