import type { JSX } from 'solid-js';
import { useStrings } from '../strings';

export interface FixedNoticeProps {
  onStartOver: () => void;
}

/** The plan's end once the person says it worked. */
export function FixedNotice(props: FixedNoticeProps): JSX.Element {
  const t = useStrings();
  const S = () => t().ui.panel;
  return (
    <section class="bd-fixed" aria-labelledby="bd-fixed-title">
      <p id="bd-fixed-title" class="bd-fixed-title" tabIndex={-1}>
        {S().fixedTitle}
      </p>
      <p>{S().fixedBody}</p>
      <button type="button" class="bd-link-button" onClick={() => props.onStartOver()}>
        {S().startOver}
      </button>
    </section>
  );
}
