import { onMount, Show, type Accessor, type JSX } from 'solid-js';
import { CHANNEL_NAMES } from '../../content/strings/cause-names';
import { format } from '../../content/strings/format';
import { PANEL_STRINGS } from '../../content/strings/panel';
import { POPUP_STRINGS } from '../../content/strings/popup';
import { headline } from '../../lib/plan/headline';
import type { StatusSnapshot } from '../../lib/status/types';
import type { TroubleshooterChoice } from '../../content/troubleshooter';
import { diagnoseChoice, diagnoseCode } from '../../lib/troubleshoot/diagnose-choice';
import { FixedNotice } from '../panel/FixedNotice';
import { IncidentNotice } from '../panel/IncidentNotice';
import { PlatformSwitch } from '../panel/PlatformSwitch';
import '../steps/steps.css';
import '../panel/panel.css';
import { StepList } from '../steps/StepList';
import { StepProgress } from '../steps/StepProgress';
import { createPlanState } from './createPlanState';

const S = POPUP_STRINGS.plan;

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
 * The troubleshooter's answer: the same plan, steps and progress as the panel. The panel's
 * headline speaks of "the page"; with no cause named the popup says it in its own words.
 */
export function PlanView(props: PlanViewProps): JSX.Element {
  // The request is fixed for this view's life: a new pick makes a new view.
  const request = props.request;
  const answer =
    request.kind === 'choice' ? diagnoseChoice(request.choice) : diagnoseCode(request.code);
  const what =
    request.kind === 'choice' ? request.choice.label : format(S.forCode, { code: request.code });
  const code = request.kind === 'code' ? request.code : null;
  const state = createPlanState(answer.diagnosis, props.snapshot, props.now);
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());

  return (
    <section class="plan-view" aria-labelledby="plan-title">
      <button type="button" class="link-button back" onClick={() => props.onBack()}>
        <span aria-hidden="true">← </span>
        {S.backToPicker}
      </button>
      <h2 id="plan-title" class="view-title" tabIndex={-1} ref={(el) => (heading = el)}>
        {answer.diagnosis.causes.length > 0
          ? headline(answer.diagnosis)
          : format(S.headlineGeneral, { channel: CHANNEL_NAMES[answer.diagnosis.channel] })}
      </h2>
      <p class="muted">{format(S.youSaw, { what })}</p>
      <Show when={!answer.isBackupError && code}>
        {(code) => (
          <p class="problem" data-testid="not-backup">
            {format(S.notBackup, { code: code() })}
          </p>
        )}
      </Show>
      <Show when={state.plan().incident}>
        {(incident) => <IncidentNotice incident={incident()} now={props.now()} />}
      </Show>
      <Show
        when={!state.progress().fixed}
        fallback={<FixedNotice onStartOver={() => state.setFixed(false)} />}
      >
        <section class="bd-plan" aria-label={PANEL_STRINGS.stepsLabel}>
          <StepProgress steps={state.plan().steps} done={state.progress().done} />
          <Show when={state.plan().general}>
            <p class="bd-note">{S.generalNote}</p>
          </Show>
          <StepList
            steps={state.plan().steps}
            done={state.progress().done}
            onToggle={(id, done) => state.toggle(id, done)}
          />
          <button type="button" class="bd-button bd-fixed-it" onClick={() => state.setFixed(true)}>
            {PANEL_STRINGS.fixedIt}
          </button>
        </section>
      </Show>
      <PlatformSwitch
        computer={state.settings().computer}
        ios={state.settings().ios}
        detected={state.detected()}
        onComputer={(computer) => state.save({ computer })}
        onIos={(ios) => state.save({ ios })}
      />
    </section>
  );
}
