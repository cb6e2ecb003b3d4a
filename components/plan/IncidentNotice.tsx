import { Show, type JSX } from 'solid-js';
import { format } from '../../content/strings/format';
import { useStrings } from '../strings';
import type { FixPlan } from '../../lib/plan/types';

export interface IncidentNoticeProps {
  incident: NonNullable<FixPlan['incident']>;
  now: number;
}

/**
 * Apple's ongoing incident: Apple's own words first (the headline above already says it is
 * Apple's side), then which service and since when.
 */
export function IncidentNotice(props: IncidentNoticeProps): JSX.Element {
  const t = useStrings();
  const S = () => t().ui.panel;
  const e = () => props.incident.event;
  const state = () => t().ui.status.stateWord[e().state];
  return (
    <section class="bd-incident" data-state={e().state} aria-label={S().appleSays}>
      <Show when={e().message}>
        <p class="bd-incident-title">{S().appleSays}</p>
        <blockquote class="bd-incident-message">{e().message}</blockquote>
      </Show>
      <p class="bd-incident-since">
        {e().start !== null
          ? format(S().incidentSince, {
              service: props.incident.service,
              state: state(),
              since: t().clock(e().start ?? 0, props.now),
            })
          : format(S().incidentNoStart, { service: props.incident.service, state: state() })}
      </p>
      <Show when={e().usersAffected}>
        <p class="bd-note">{e().usersAffected}</p>
      </Show>
    </section>
  );
}
