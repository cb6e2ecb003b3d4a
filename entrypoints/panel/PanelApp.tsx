import {
  createEffect,
  createMemo,
  createSignal,
  on,
  onCleanup,
  Show,
  type Accessor,
  type JSX,
} from 'solid-js';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { HighlightState } from './EvidenceList';
import { Panel, type PanelView } from './Panel';
import { backupStatusWithAge } from './StatusLine';
import { createKeyedValue } from '../../components/plan/createKeyedValue';
import { createPlanState } from '../../components/plan/createPlanState';
import type { Diagnosis } from '../../lib/diagnose/types';
import type { Strings } from '../../lib/i18n/strings';
import { sendMessage } from '../../lib/messaging/browser-messaging';
import { problemKey } from '../../lib/plan';
import { narrowedDiagnosis } from '../../lib/plan/answer';
import { evidenceQuotes } from '../../lib/plan/headline';
import type { PageFacts } from '../../lib/plan/page-facts';
import { buildSummary } from '../../lib/plan/summary';
import { teardown } from '../../lib/content-script/lifetime';
import { getSnapshot, watchSnapshot } from '../../lib/status/browser-snapshot-store';
import { inLanguage } from '../../lib/status/local-messages';
import { EMPTY_SNAPSHOT } from '../../lib/status/snapshot';
import { getAnswer, saveAnswer, watchAnswer } from '../../lib/storage/browser-items';
import { setPanelSite } from '../../lib/storage/browser-items';
import { copyText } from './clipboard';
import type { PageEffects } from './page-effects';

export type AppView = PanelView | 'hidden';

export interface PanelAppProps {
  ctx: ContentScriptContext;
  diagnosis: Accessor<Diagnosis>;
  /** What else the page says: the asker's words on a report, the device it is about. */
  facts: Accessor<PageFacts>;
  view: Accessor<AppView>;
  setView: (view: AppView) => void;
  host: string;
  os: string;
  effects: PageEffects;
  shadow: ShadowRoot;
  /** The panel's language (also given to its components by the context). */
  strings: Accessor<Strings>;
}

/** How often the status line's "checked N minutes ago" moves on. */
const TICK_MS = 30_000;

/** The panel wired to storage, the background's status and Apple's page. */
export function PanelApp(props: PanelAppProps): JSX.Element {
  const [stored, setSnapshot] = createSignal(EMPTY_SNAPSHOT);
  // Apple's incident words in the panel's language where the background has them.
  const snapshot = createMemo(() => inLanguage(stored(), props.strings().locale));
  const [now, setNow] = createSignal(Date.now());
  const [highlight, setHighlight] = createSignal<HighlightState>('off');

  // The background answers from its cache at once and refreshes behind when the data is old.
  sendMessage('getStatus')
    .then(setSnapshot)
    .catch(() => getSnapshot().then(setSnapshot));
  const unwatchSnapshot = watchSnapshot(setSnapshot);
  const tick = props.ctx.setInterval(() => setNow(Date.now()), TICK_MS);
  onCleanup(() => teardown(unwatchSnapshot, () => clearInterval(tick)));

  // On a guide, the reader's answer to "What do you see?", remembered for the page's problem.
  const pageKey = createMemo(() => problemKey(props.diagnosis()));
  const [answer, setAnswer] = createKeyedValue<string | null>(
    pageKey,
    null,
    getAnswer,
    watchAnswer,
  );
  const answerWith = (next: string | null) => {
    setAnswer(next);
    saveAnswer(pageKey(), next).catch(() => undefined);
  };
  const narrowed = createMemo(() => narrowedDiagnosis(props.diagnosis(), answer()), undefined, {
    equals: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });

  const state = createPlanState({
    diagnosis: narrowed,
    snapshot,
    now,
    os: () => props.os,
    device: () => props.facts().device,
    strings: props.strings,
  });

  // The last place on Apple's page that had focus: closing the panel from the keyboard goes back
  // there rather than dropping focus on the page's start. Focus inside our shadow root shows
  // at document level as focus on the host.
  let pageFocus: HTMLElement | null = null;
  props.ctx.addEventListener(document, 'focusin', (e) => {
    if (e.target instanceof HTMLElement && e.target !== props.shadow.host) pageFocus = e.target;
  });
  const close = () => {
    const hadFocus = props.shadow.activeElement !== null;
    changeView('hidden');
    if (hadFocus && pageFocus?.isConnected) pageFocus.focus({ preventScroll: true });
  };

  // A new diagnosis has other quotes: drop the old highlights.
  createEffect(
    on(
      props.diagnosis,
      () => {
        props.effects.clearQuotes();
        setHighlight('off');
      },
      { defer: true },
    ),
  );
  createEffect(() => props.effects.setPanelOpen(props.view() === 'open'));
  // The shortcut or a click may hide the panel: highlights go with it.
  createEffect(() => {
    if (props.view() === 'hidden') {
      props.effects.clearQuotes();
      setHighlight('off');
    }
  });

  const changeView = (view: AppView) => {
    props.setView(view);
    void setPanelSite(props.host, view === 'hidden' ? 'closed' : view);
  };

  const summary = () => {
    const strings = props.strings();
    const ios = state.settings().ios;
    return buildSummary({
      diagnosis: props.diagnosis(),
      answer: answer(),
      plan: state.plan,
      url: location.href,
      status: backupStatusWithAge(snapshot(), Date.now(), strings),
      device: state.env().device ?? 'iphone',
      computer: strings.ui.panel.computerNames[state.env().computer],
      ios: strings.ui.iosRanges[ios === 'auto' ? '16+' : ios],
      done: state.progress().done,
      fixed: state.progress().fixed,
      strings,
    });
  };

  return (
    <Show when={props.view() !== 'hidden'}>
      <Panel
        view={props.view() === 'open' ? 'open' : 'collapsed'}
        diagnosis={props.diagnosis()}
        plan={state.plan}
        device={state.env().device ?? 'iphone'}
        answer={answer()}
        asker={props.facts().asker}
        snapshot={snapshot()}
        now={now()}
        done={state.progress().done}
        fixed={state.progress().fixed}
        computer={state.settings().computer}
        ios={state.settings().ios}
        detected={state.detected()}
        highlight={highlight()}
        summary={summary}
        copy={(text) => copyText(text, props.shadow)}
        onAnswer={answerWith}
        onToggleStep={(id, done) => state.toggle(id, done)}
        onFixed={(fixed) => state.setFixed(fixed)}
        onComputer={(computer) => state.save({ computer })}
        onIos={(ios) => state.save({ ios })}
        onShowOnPage={() => {
          const quotes = evidenceQuotes(props.diagnosis()).map((e) => e.quote);
          setHighlight(props.effects.showQuotes(quotes) ? 'shown' : 'missing');
        }}
        onHideOnPage={() => {
          props.effects.clearQuotes();
          setHighlight('off');
        }}
        onCollapse={() => changeView('collapsed')}
        onExpand={() => changeView('open')}
        onClose={close}
      />
    </Show>
  );
}
