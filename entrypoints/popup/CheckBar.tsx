import { Show, type JSX } from 'solid-js';
import { useStrings } from '../../components/strings';
import { checkedAgo } from '../../lib/status/describe';

interface Props {
  checkedAt: number | null;
  now: number;
  refreshing: boolean;
  requestFailed: boolean;
  onRefresh: () => void;
}

/** "checked N minutes ago" and a refresh button that shows its progress. */
export function CheckBar(props: Props): JSX.Element {
  const t = useStrings();
  const S = () => t().ui.popup;
  return (
    <div class="checkbar">
      <p class="checked" data-testid="checked">
        {checkedAgo(props.checkedAt, props.now, t())}
      </p>
      <button
        type="button"
        class="refresh"
        // aria-disabled, not disabled: a disabled button drops keyboard focus mid-check.
        onClick={() => !props.refreshing && props.onRefresh()}
        aria-disabled={props.refreshing}
        aria-busy={props.refreshing}
      >
        <span class="spinner" classList={{ spinning: props.refreshing }} aria-hidden="true">
          ↻
        </span>
        {props.refreshing ? S().refreshing : S().refresh}
      </button>
      <Show when={props.requestFailed}>
        <p class="problem" role="alert">
          {S().refreshFailed}
        </p>
      </Show>
    </div>
  );
}
