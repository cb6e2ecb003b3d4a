import type { JSX } from 'solid-js';
import { format } from '../../content/strings/format';
import { useStrings } from '../strings';

export interface StepProgressProps {
  steps: readonly { id: string }[];
  done: readonly string[];
}

/** "2 of 7 done" with a bar; only steps of this plan count. */
export function StepProgress(props: StepProgressProps): JSX.Element {
  const t = useStrings();
  const count = () => props.steps.filter((s) => props.done.includes(s.id)).length;
  const text = () => format(t().ui.stepList.progress, { done: count(), total: props.steps.length });
  return (
    <div class="bd-progress">
      <progress max={props.steps.length} value={count()} aria-label={text()} />
      <span class="bd-progress-text">{text()}</span>
    </div>
  );
}
