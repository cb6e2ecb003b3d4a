import { createUniqueId, For, type JSX } from 'solid-js';
import { useStrings } from '../../components/strings';
import type { TroubleshooterChoice } from '../../content/troubleshooter';
import { NONE_OF_THESE } from '../../lib/plan/answer';

export interface WhatDoYouSeeProps {
  choices: readonly TroubleshooterChoice[];
  /** The choice's id, NONE_OF_THESE, or null when unanswered. */
  answer: string | null;
  onAnswer: (answer: string | null) => void;
}

/**
 * On a guide: which of the page's messages the reader sees, one press away. Pressing the chosen
 * one again takes the answer back. Buttons stay in place, so focus stays where it was pressed.
 */
export function WhatDoYouSee(props: WhatDoYouSeeProps): JSX.Element {
  const t = useStrings();
  const S = () => t().ui.panel.question;
  const titleId = createUniqueId();
  const option = (id: string, label: string) => (
    <li>
      <button
        type="button"
        class="bd-choice"
        data-choice={id}
        aria-pressed={props.answer === id}
        onClick={() => props.onAnswer(props.answer === id ? null : id)}
      >
        {label}
      </button>
    </li>
  );
  return (
    <section class="bd-question" aria-labelledby={titleId}>
      <p id={titleId} class="bd-subhead">
        {S().title}
      </p>
      <p class="bd-note">{S().intro}</p>
      <ul class="bd-choices">
        <For each={props.choices}>{(choice) => option(choice.id, t().ui.choices[choice.id])}</For>
        {option(NONE_OF_THESE, S().none)}
      </ul>
    </section>
  );
}
