import { onMount, Show, type Accessor, type JSX } from 'solid-js';
import { CHANNEL_NAMES } from '../../content/strings/cause-names';
import { format } from '../../content/strings/format';
import { PANEL_STRINGS } from '../../content/strings/panel';
import { POPUP_STRINGS } from '../../content/strings/popup';
import { headline } from '../../lib/plan/headline';
import type { StatusSnapshot } from '../../lib/status/types';
import type { TroubleshootAnswer } from '../../lib/troubleshoot/diagnose-choice';
import { FixedNotice } from '../panel/FixedNotice';
import { IncidentNotice } from '../panel/IncidentNotice';
import { PlatformSwitch } from '../panel/PlatformSwitch';
import '../panel/panel.css';
import { StepList } from '../steps/StepList';
import { StepProgress } from '../steps/StepProgress';
import { createPlanState } from './createPlanState';

const S = POPUP_STRINGS.plan;

export interface PlanViewProps {
  answer: TroubleshootAnswer;
  /** What the person picked or typed, as they would say it. */
  what: string;
  /** Set for a typed code, to say when it is not a backup code. */
  code: string | null;
  snapshot: Accessor<StatusSnapshot>;
  now: Accessor<number>;
  onBack: () => void;
}

/**
 * The troubleshooter's answer: the same plan, steps and progress as the panel. The panel's
 * headline speaks of "the page"; with no cause named the popup says it in its own words.
 */
export function PlanView(props: PlanViewProps): JSX.Element {
  // The answer is fixed for this view's life: a new pick makes a new view.
  const state = createPlanState(props.answer.diagnosis, props.snapshot, props.now);
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());

  return (
    <section class="plan-view" aria-labelledby="plan-title">
      <button type="button" class="link-button back" onClick={() => props.onBack()}>
        <span aria-hidden="true">← </span>
        {S.backToPicker}
      </button>
      <h2 id="plan-title" class="view-title" tabIndex={-1} ref={(el) => (heading = el)}>
        {props.answer.diagnosis.causes.length > 0
          ? headline(props.answer.diagnosis)
          : format(S.headlineGeneral, { channel: CHANNEL_NAMES[props.answer.diagnosis.channel] })}
      </h2>
      <p class="muted">{format(S.youSaw, { what: props.what })}</p>
      <Show when={!props.answer.isBackupError && props.code}>
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
