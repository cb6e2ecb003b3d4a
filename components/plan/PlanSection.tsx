import { Show, type JSX } from 'solid-js';
import type { Computer, FixPlan } from '../../lib/plan/types';
import type { ComputerChoice, IosChoice } from '../../lib/storage/schema';
import { FixedNotice } from './FixedNotice';
import { IncidentNotice } from './IncidentNotice';
import { PlatformSwitch } from './PlatformSwitch';
import { StepList } from './StepList';
import { StepProgress } from './StepProgress';
import { useStrings } from '../strings';

export interface PlanSectionProps {
  plan: FixPlan;
  now: number;
  done: readonly string[];
  fixed: boolean;
  computer: ComputerChoice;
  ios: IosChoice;
  detected: Computer;
  /** Said over a general plan (no cause named): the panel and the popup word it their way. */
  generalNote: string;
  onToggleStep: (id: string, done: boolean) => void;
  onFixed: (fixed: boolean) => void;
  onComputer: (choice: ComputerChoice) => void;
  onIos: (choice: IosChoice) => void;
  /** Apple's status line, when the surface shows one: beside the incident, else after the words. */
  status?: JSX.Element;
  /** What the surface says about the problem, between Apple's side and the steps. */
  children?: JSX.Element;
}

/**
 * The plan as the panel and the popup both show it: Apple's incident first with the rest under
 * "if it still fails after Apple's fix", the surface's own words, the steps with their progress
 * (or the fixed notice), and the platform switch.
 */
export function PlanSection(props: PlanSectionProps): JSX.Element {
  const t = useStrings();
  const S = () => t().ui.panel;
  return (
    <>
      <Show when={props.plan.incident}>
        {(incident) => (
          <>
            <IncidentNotice incident={incident()} now={props.now} />
            {props.status}
            <p class="bd-subhead bd-after-fix">{S().afterFix}</p>
          </>
        )}
      </Show>
      {props.children}
      <Show when={!props.plan.incident}>{props.status}</Show>
      <Show when={!props.fixed} fallback={<FixedNotice onStartOver={() => props.onFixed(false)} />}>
        <section class="bd-plan" aria-label={S().stepsLabel}>
          <StepProgress steps={props.plan.steps} done={props.done} />
          <Show when={props.plan.general}>
            <p class="bd-note">{props.generalNote}</p>
          </Show>
          <StepList
            steps={props.plan.steps}
            done={props.done}
            onToggle={(id, done) => props.onToggleStep(id, done)}
          />
          <button type="button" class="bd-button bd-fixed-it" onClick={() => props.onFixed(true)}>
            {S().fixedIt}
          </button>
        </section>
      </Show>
      <PlatformSwitch
        computer={props.computer}
        ios={props.ios}
        detected={props.detected}
        onComputer={(c) => props.onComputer(c)}
        onIos={(i) => props.onIos(i)}
      />
    </>
  );
}
