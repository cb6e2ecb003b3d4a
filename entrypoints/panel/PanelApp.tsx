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
import type { HighlightState } from '../../components/panel/EvidenceList';
import { Panel, type PanelView } from '../../components/panel/Panel';
import { backupStatusWithAge } from '../../components/panel/status-text';
import { PANEL_STRINGS as S } from '../../content/strings/panel';
import { IOS_RANGE_NAMES } from '../../content/strings/steps';
import type { Diagnosis } from '../../lib/diagnose/types';
import { sendMessage } from '../../lib/messaging/browser-messaging';
import { envFromPlatform, planFixes, problemKey } from '../../lib/plan';
import { evidenceQuotes } from '../../lib/plan/headline';
import { buildSummary } from '../../lib/plan/summary';
import { teardown } from '../../lib/content-script/teardown';
import { getSnapshot, watchSnapshot } from '../../lib/status/browser-snapshot-store';
import { freshServices } from '../../lib/status/describe';
import { EMPTY_SNAPSHOT } from '../../lib/status/snapshot';
import { getSettings, updateSettings, watchSettings } from '../../lib/storage/browser-items';
import { setPanelSite } from '../../lib/storage/browser-panel-sites';
import {
  getProblemProgress,
  saveProblemProgress,
  watchProblemProgress,
} from '../../lib/storage/browser-progress';
import { markFixed, NO_PROGRESS, toggleDone } from '../../lib/storage/progress';
import { DEFAULT_SETTINGS, type IosChoice } from '../../lib/storage/schema';
import { copyText } from './clipboard';
import type { PageEffects } from './page-effects';

export type AppView = PanelView | 'hidden';

export interface PanelAppProps {
  ctx: ContentScriptContext;
  diagnosis: Accessor<Diagnosis>;
  view: Accessor<AppView>;
  setView: (view: AppView) => void;
  host: string;
  os: string;
  effects: PageEffects;
  shadow: ShadowRoot;
}

/** How often the status line's "checked N min ago" moves on. */
const TICK_MS = 30_000;

const IOS_NAMES: Record<IosChoice, string> = { auto: IOS_RANGE_NAMES['16+'], ...IOS_RANGE_NAMES };

/** The panel wired to storage, the background's status and Apple's page. */
export function PanelApp(props: PanelAppProps): JSX.Element {
  const [settings, setSettings] = createSignal(DEFAULT_SETTINGS);
  const [snapshot, setSnapshot] = createSignal(EMPTY_SNAPSHOT);
  const [now, setNow] = createSignal(Date.now());
  const [progress, setProgress] = createSignal(NO_PROGRESS);
  const [highlight, setHighlight] = createSignal<HighlightState>('off');

  void getSettings().then(setSettings);
  // The background answers from its cache at once and refreshes behind when the data is old.
  sendMessage('getStatus')
    .then(setSnapshot)
    .catch(() => getSnapshot().then(setSnapshot));
  const unwatchSettings = watchSettings(setSettings);
  const unwatchSnapshot = watchSnapshot(setSnapshot);
  const tick = props.ctx.setInterval(() => setNow(Date.now()), TICK_MS);
  onCleanup(() => teardown(unwatchSettings, unwatchSnapshot, () => clearInterval(tick)));

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

  const key = createMemo(() => problemKey(props.diagnosis()));
  createEffect(
    on(key, (k) => {
      setProgress(NO_PROGRESS);
      void getProblemProgress(k).then((p) => key() === k && setProgress(p));
      const unwatch = watchProblemProgress(k, setProgress);
      onCleanup(() => teardown(unwatch));
    }),
  );

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

  const env = createMemo(() => envFromPlatform(props.os, settings()));
  const plan = createMemo(() =>
    planFixes(props.diagnosis(), freshServices(snapshot(), Date.now()), env()),
  );

  const save = (next: typeof NO_PROGRESS) => {
    setProgress(next);
    void saveProblemProgress(key(), next);
  };
  const changeView = (view: AppView) => {
    props.setView(view);
    void setPanelSite(props.host, view === 'hidden' ? 'closed' : view);
  };

  const summary = () =>
    buildSummary({
      diagnosis: props.diagnosis(),
      plan: plan(),
      url: location.href,
      status: backupStatusWithAge(snapshot(), Date.now()),
      computer: S.computerNames[env().computer],
      ios: IOS_NAMES[settings().ios],
      done: progress().done,
      fixed: progress().fixed,
    });

  return (
    <Show when={props.view() !== 'hidden'}>
      <Panel
        view={props.view() === 'open' ? 'open' : 'collapsed'}
        diagnosis={props.diagnosis()}
        plan={plan()}
        snapshot={snapshot()}
        now={now()}
        done={progress().done}
        fixed={progress().fixed}
        computer={settings().computer}
        ios={settings().ios}
        detected={envFromPlatform(props.os, { computer: 'auto', ios: 'auto' }).computer}
        highlight={highlight()}
        summary={summary}
        copy={(text) => copyText(text, props.shadow)}
        onToggleStep={(id, done) => save(toggleDone(progress(), id, done, Date.now()))}
        onFixed={(fixed) => save(markFixed(progress(), fixed, Date.now()))}
        onComputer={(computer) => void updateSettings({ computer }).then(setSettings)}
        onIos={(ios) => void updateSettings({ ios }).then(setSettings)}
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
