import { createSignal, onMount, Show, type Accessor, type JSX } from 'solid-js';
import { format } from '../../content/strings/format';
import { useStrings } from '../../components/strings';
import { channelName, headline, incidentHeadline } from '../../lib/plan/headline';
import { nativeBrowser } from '../../lib/messaging/browser-native';
import type { StatusSnapshot } from '../../lib/status/types';
import type { TroubleshooterChoice } from '../../content/troubleshooter';
import { diagnoseChoice, diagnoseCode } from '../../lib/troubleshoot/diagnose-choice';
import { createPlanState } from '../../components/plan/createPlanState';
import { PlanSection } from '../../components/plan/PlanSection';
import '../../components/plan/steps.css';
import '../../components/panel/panel.css';

/** What the person answered "What do you see?" with: a message, or a typed code. */
export type TroubleshootRequest =
  { kind: 'choice'; choice: TroubleshooterChoice } | { kind: 'code'; code: string };

export interface PlanViewProps {
  request: TroubleshootRequest;
  snapshot: Accessor<StatusSnapshot>;
  now: Accessor<number>;
  onBack: () => void;
}

/**
 * The troubleshooter's answer: the same plan state and section as the panel, Apple's side first
 * when Apple reports an incident. The panel's headline speaks of "the page"; with no cause named
 * the popup says it in its own words.
 */
export function PlanView(props: PlanViewProps): JSX.Element {
  // The request is fixed for this view's life: a new pick makes a new view.
  const t = useStrings();
  const S = () => t().ui.popup.plan;
  const request = props.request;
  const answer =
    request.kind === 'choice' ? diagnoseChoice(request.choice) : diagnoseCode(request.code);
  const what = () =>
    request.kind === 'choice'
      ? t().ui.choices[request.choice.id]
      : format(S().forCode, { code: request.code });
  const code = request.kind === 'code' ? request.code : null;
  const [os, setOs] = createSignal('unknown');
  // The browser's own API: importing the polyfill here would run it as the popup starts (the
  // bundler hoists it into the entry chunk), ahead of the first render.
  nativeBrowser()
    .runtime.getPlatformInfo()
    .then(
      (info) => setOs(info.os),
      () => undefined,
    );
  const state = createPlanState({
    diagnosis: () => answer.diagnosis,
    snapshot: props.snapshot,
    now: props.now,
    os,
    strings: t,
  });
  const problem = () => {
    const device = state.env().device ?? 'iphone';
    return answer.diagnosis.causes.length > 0
      ? headline(answer.diagnosis, device, t())
      : format(S().headlineGeneral, {
          channel: channelName(answer.diagnosis.channel, device, t()),
        });
  };
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());

  return (
    <section class="plan-view" aria-labelledby="plan-title">
      <button type="button" class="link-button back" onClick={() => props.onBack()}>
        <span aria-hidden="true">← </span>
        {S().backToPicker}
      </button>
      <h2 id="plan-title" class="view-title" tabIndex={-1} ref={(el) => (heading = el)}>
        {state.plan.incident ? incidentHeadline(state.plan.incident, t()) : problem()}
      </h2>
      <PlanSection
        plan={state.plan}
        now={props.now()}
        done={state.progress().done}
        fixed={state.progress().fixed}
        computer={state.settings().computer}
        ios={state.settings().ios}
        detected={state.detected()}
        generalNote={S().generalNote}
        onToggleStep={(id, done) => state.toggle(id, done)}
        onFixed={(fixed) => state.setFixed(fixed)}
        onComputer={(computer) => state.save({ computer })}
        onIos={(ios) => state.save({ ios })}
      >
        <Show when={state.plan.incident}>
          <p class="muted plan-problem">{problem()}</p>
        </Show>
        <p class="muted">{format(S().youSaw, { what: what() })}</p>
        <Show when={!answer.isBackupError && code}>
          {(code) => (
            <p class="problem" data-testid="not-backup">
              {format(S().notBackup, { code: code() })}
            </p>
          )}
        </Show>
      </PlanSection>
    </section>
  );
}
