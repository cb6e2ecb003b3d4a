import { createSignal, lazy, Match, onMount, Show, Switch, type JSX } from 'solid-js';
import { useStrings } from '../../components/strings';
import type { TroubleshooterChoice } from '../../content/troubleshooter';
import { nativeBrowser } from '../../lib/messaging/browser-native';
import { inLanguage } from '../../lib/status/local-messages';
import type { StatusSnapshot } from '../../lib/status/types';
import { ChoicePicker } from './ChoicePicker';
import { createStatusFeed } from './status-feed';
import type { TroubleshootRequest } from './PlanView';
import { StatusView } from './StatusView';
import './popup.css';

type View = { kind: 'status' } | { kind: 'pick' } | { kind: 'plan'; request: TroubleshootRequest };

/**
 * Diagnosis, planning and the steps are loaded when the troubleshooter opens, not with the
 * popup: the status shows first and fast.
 */
const loadPlanView = () => import('./PlanView');
const PlanView = lazy(() => loadPlanView().then((m) => ({ default: m.PlanView })));

/**
 * The toolbar popup: iCloud Backup's status first; two clicks from it to the fix steps.
 * `cached` is the stored snapshot's read when the entry has already started it.
 */
export function Popup(props: { cached?: Promise<StatusSnapshot> }): JSX.Element {
  const t = useStrings();
  const S = () => t().ui.popup;
  const feed = createStatusFeed(Date.now, props.cached);
  const [view, setView] = createSignal<View>({ kind: 'status' });
  const planView = () => {
    const v = view();
    return v.kind === 'plan' ? v : null;
  };

  let troubleshootButton: HTMLButtonElement | undefined;
  // Back on the status page, focus returns to the button that left it (the view renders at once).
  const backToStatus = () => {
    setView({ kind: 'status' });
    troubleshootButton?.focus();
  };

  const pickChoice = (choice: TroubleshooterChoice) =>
    setView({ kind: 'plan', request: { kind: 'choice', choice } });
  const pickCode = (code: string) => setView({ kind: 'plan', request: { kind: 'code', code } });
  const openPicker = () => {
    setView({ kind: 'pick' });
    // Warm the plan's module while the person reads the choices.
    loadPlanView().catch(() => undefined);
  };

  return (
    <main class="popup" aria-busy={!feed.loaded()}>
      <header class="popup-header">
        <h1>{S().title}</h1>
        <button
          type="button"
          class="link-button"
          onClick={() => void nativeBrowser().runtime.openOptionsPage()}
        >
          {S().settings}
        </button>
      </header>
      <Switch>
        <Match when={view().kind === 'status'}>
          <button
            type="button"
            class="troubleshoot"
            ref={(el) => (troubleshootButton = el)}
            onClick={openPicker}
          >
            {S().troubleshoot}
          </button>
          {/* The cached snapshot takes a few ms to read: no flash of "unknown" before it. */}
          <Show when={feed.loaded()}>
            <StatusView feed={feed} />
          </Show>
        </Match>
        <Match when={view().kind === 'pick'}>
          <PickerPage onBack={backToStatus} onChoice={pickChoice} onCode={pickCode} />
        </Match>
        <Match when={planView()} keyed>
          {(plan) => (
            <PlanView
              request={plan.request}
              snapshot={() => inLanguage(feed.snapshot(), t().locale)}
              now={feed.now}
              onBack={() => setView({ kind: 'pick' })}
            />
          )}
        </Match>
      </Switch>
    </main>
  );
}

function PickerPage(props: {
  onBack: () => void;
  onChoice: (choice: TroubleshooterChoice) => void;
  onCode: (code: string) => void;
}): JSX.Element {
  const t = useStrings();
  onMount(() => document.getElementById('picker-title')?.focus());
  return (
    <>
      <button type="button" class="link-button back" onClick={() => props.onBack()}>
        <span aria-hidden="true">← </span>
        {t().ui.popup.backToStatus}
      </button>
      <ChoicePicker onChoice={props.onChoice} onCode={props.onCode} />
    </>
  );
}
