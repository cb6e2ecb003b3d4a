import { For, Show, type JSX } from 'solid-js';
import { useStrings } from '../../components/strings';
import { sinceText, stateWords, type ServiceView } from '../../lib/status/describe';
import { StateMark } from './StateMark';

/** The services an iCloud backup also depends on, one compact line each. */
export function RelatedServices(props: { views: ServiceView[]; now: number }): JSX.Element {
  const t = useStrings();
  return (
    <section class="related" aria-labelledby="related-title">
      <h3 id="related-title">{t().ui.popup.relatedTitle}</h3>
      <ul>
        <For each={props.views}>
          {(view) => (
            <li data-state={view.state}>
              <StateMark state={view.state} />
              <span class="related-name">{view.name}</span>
              <span class="related-state">
                {stateWords(view.state, t())}
                <Show when={view.event?.start}>
                  {(start) => <> {sinceText(start(), props.now, t())}</>}
                </Show>
              </span>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
