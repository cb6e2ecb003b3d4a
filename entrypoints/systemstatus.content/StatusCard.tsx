import { For, Show, type JSX } from 'solid-js';
import { useStrings } from '../../components/strings';
import type { CardView } from './card';

/**
 * The compact card on Apple's System Status page: iCloud Backup's state in words, since when,
 * Apple's message, related services in trouble, where the answer comes from, and the fix steps.
 */
export function StatusCard(props: { view: CardView }): JSX.Element {
  const t = useStrings();
  const C = () => t().ui.statusCard;
  return (
    // dir="auto": the card's words set its direction, not the page's (dir="rtl" on Apple's
    // Arabic and Hebrew pages).
    <section
      class="card"
      dir="auto"
      lang={t().locale}
      data-state={props.view.state}
      aria-labelledby="bd-status-headline"
    >
      <p class="label">{C().label}</p>
      <div class="head">
        <span class="dot" aria-hidden="true" />
        <h2 id="bd-status-headline" class="headline" aria-live="polite">
          {props.view.headline}
        </h2>
      </div>
      <Show when={props.view.since}>
        <p class="since">{props.view.since}</p>
      </Show>
      <Show when={props.view.message}>
        <p class="message">{props.view.message}</p>
      </Show>
      <Show when={props.view.advice}>
        <p class="advice">{props.view.advice}</p>
      </Show>
      <Show when={props.view.scheduled}>
        <p class="scheduled">{props.view.scheduled}</p>
      </Show>
      <Show when={props.view.related.length > 0}>
        <p class="related-title">{C().alsoAffected}</p>
        <ul class="related">
          <For each={props.view.related}>
            {(service) => (
              <li data-state={service.state}>
                <span class="dot" aria-hidden="true" />
                {service.text}
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={props.view.problem}>
        <p class="problem">{props.view.problem}</p>
      </Show>
      <p class="source">{props.view.source}</p>
      <a class="fix" href={props.view.fixUrl} target="_blank" rel="noopener noreferrer">
        {props.view.fixLabel}
      </a>
    </section>
  );
}
