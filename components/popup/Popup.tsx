import { createSignal, Match, onMount, Switch, type JSX } from 'solid-js';
import { browser } from 'wxt/browser';
import { format } from '../../content/strings/format';
import { POPUP_STRINGS as S } from '../../content/strings/popup';
import type { TroubleshooterChoice } from '../../content/troubleshooter';
import {
  diagnoseChoice,
  diagnoseCode,
  type TroubleshootAnswer,
} from '../../lib/troubleshoot/diagnose-choice';
import { ChoicePicker } from './ChoicePicker';
import { createStatusFeed } from './createStatusFeed';
import { PlanView } from './PlanView';
import { StatusView } from './StatusView';
import './popup.css';

type View =
  | { kind: 'status' }
  | { kind: 'pick' }
  | { kind: 'plan'; answer: TroubleshootAnswer; what: string; code: string | null };

/** The toolbar popup: iCloud Backup's status first; two clicks from it to the fix steps. */
export function Popup(): JSX.Element {
  const feed = createStatusFeed();
  const [view, setView] = createSignal<View>({ kind: 'status' });
  const planView = () => {
    const v = view();
    return v.kind === 'plan' ? v : null;
  };

  const pickChoice = (choice: TroubleshooterChoice) =>
    setView({ kind: 'plan', answer: diagnoseChoice(choice), what: choice.label, code: null });
  const pickCode = (code: string) =>
    setView({
      kind: 'plan',
      answer: diagnoseCode(code),
      what: format(S.plan.forCode, { code }),
      code,
    });

  return (
    <main class="popup" aria-busy={!feed.loaded()}>
      <header class="popup-header">
        <h1>{S.title}</h1>
        <button
          type="button"
          class="link-button"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {S.settings}
        </button>
      </header>
      <Switch>
        <Match when={view().kind === 'status'}>
          <button type="button" class="troubleshoot" onClick={() => setView({ kind: 'pick' })}>
            {S.troubleshoot}
          </button>
          <StatusView feed={feed} />
        </Match>
        <Match when={view().kind === 'pick'}>
          <PickerPage
            onBack={() => setView({ kind: 'status' })}
            onChoice={pickChoice}
            onCode={pickCode}
          />
        </Match>
        <Match when={planView()} keyed>
          {(plan) => (
            <PlanView
              answer={plan.answer}
              what={plan.what}
              code={plan.code}
              snapshot={feed.snapshot}
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
  onMount(() => document.getElementById('picker-title')?.focus());
  return (
    <>
      <button type="button" class="link-button back" onClick={() => props.onBack()}>
        <span aria-hidden="true">← </span>
        {S.backToStatus}
      </button>
      <ChoicePicker onChoice={props.onChoice} onCode={props.onCode} />
    </>
  );
}
