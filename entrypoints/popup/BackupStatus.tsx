import { Show, type JSX } from 'solid-js';
import { format } from '../../content/strings/format';
import { useStrings } from '../../components/strings';
import {
  formatClock,
  problemLine,
  sinceText,
  stateWords,
  type ServiceView,
} from '../../lib/status/describe';
import type { StatusSnapshot } from '../../lib/status/types';
import { StateMark } from './StateMark';

interface Props {
  view: ServiceView;
  snapshot: StatusSnapshot;
  now: number;
}

/**
 * iCloud Backup, large and in words: the state, what it means, Apple's own message with since
 * when and who is affected, scheduled maintenance as scheduled, and why we may not know.
 */
export function BackupStatus(props: Props): JSX.Element {
  const t = useStrings();
  const S = () => t().ui.popup;
  const problem = () => problemLine(props.snapshot, props.now, t());
  const clock = (ms: number) => formatClock(ms, props.now, t());
  return (
    <section
      class={`hero hero-${props.view.state}`}
      aria-labelledby="backup-name"
      data-state={props.view.state}
    >
      <div class="hero-head">
        <StateMark state={props.view.state} size="large" />
        <div>
          <h2 id="backup-name" class="hero-name">
            {props.view.name}
          </h2>
          <p class="hero-state" data-testid="backup-state">
            {S().headline[props.view.state]}
            <Show when={props.view.event?.start}>
              {(start) => <span class="hero-since"> {sinceText(start(), props.now, t())}</span>}
            </Show>
          </p>
        </div>
      </div>
      <p class="hero-meaning">{S().meaning[props.view.state]}</p>

      <Show when={props.view.event}>
        {(event) => (
          <div class="apple-message">
            <p>
              <span class="label">{S().appleSays}</span> <q>{event().message}</q>
            </p>
            <Show when={event().usersAffected}>
              <p class="affected">{format(S().affected, { who: event().usersAffected })}</p>
            </Show>
          </div>
        )}
      </Show>

      <Show when={props.view.scheduled}>
        {(event) => (
          <div class="scheduled" data-testid="scheduled">
            <p class="scheduled-title">{S().scheduledTitle}</p>
            <Show when={event().start}>
              {(start) => (
                <p>
                  {event().end !== null
                    ? format(S().scheduledUntil, {
                        start: clock(start()),
                        end: clock(event().end ?? 0),
                      })
                    : format(t().ui.status.scheduled, { when: clock(start()) })}
                </p>
              )}
            </Show>
            <p>
              <q>{event().message}</q>
            </p>
          </div>
        )}
      </Show>

      <Show when={problem()}>
        {(line) => (
          <p class="problem" role="note" data-testid="problem">
            {line()}
          </p>
        )}
      </Show>
      <Show when={props.view.stale && props.view.lastKnown && props.snapshot.fetchedAt}>
        {(fetchedAt) => (
          <p class="last-known" data-testid="last-known">
            {format(S().lastKnown, {
              state: stateWords(props.view.lastKnown ?? 'unknown', t()),
              time: clock(fetchedAt()),
            })}
          </p>
        )}
      </Show>
    </section>
  );
}
