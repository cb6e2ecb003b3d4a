import type { JSX } from 'solid-js';
import type { ServiceState } from '../../lib/status/types';

/** A coloured mark with a distinct shape per state, so colour is never the only signal. */
const SHAPES: Record<ServiceState, string> = {
  available: '✓',
  maintenance: '⚒',
  issue: '!',
  outage: '✕',
  unknown: '?',
};

export function StateMark(props: { state: ServiceState; size?: 'large' | 'small' }): JSX.Element {
  return (
    <span
      class={`mark mark-${props.state} mark-${props.size ?? 'small'}`}
      aria-hidden="true"
      data-state={props.state}
    >
      {SHAPES[props.state]}
    </span>
  );
}
