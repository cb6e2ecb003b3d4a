import { For, type JSX } from 'solid-js';
import type { FixStep } from '../../lib/plan/types';
import { StepItem } from './StepItem';
import { useStrings } from '../strings';

export interface StepListProps {
  steps: readonly FixStep[];
  /** Ids of the steps ticked done. */
  done: readonly string[];
  onToggle: (id: string, done: boolean) => void;
  label?: string;
}

/** The plan's steps, in order, each with its done box and details. */
export function StepList(props: StepListProps): JSX.Element {
  const t = useStrings();
  return (
    <ol class="bd-steps" aria-label={props.label ?? t().ui.stepList.listLabel}>
      <For each={props.steps}>
        {(step, i) => (
          <StepItem
            step={step}
            index={i()}
            done={props.done.includes(step.id)}
            onToggle={props.onToggle}
          />
        )}
      </For>
    </ol>
  );
}
