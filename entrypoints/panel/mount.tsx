import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import panelCss from './styles.css?inline';
import { withHostName } from '../../lib/content-script/lifetime';
import { setPanelSite } from '../../lib/storage/browser-items';
import { PANEL_HOST, PANEL_OWNER_ATTRIBUTE, type PanelHandle, type PanelMountOptions } from './api';
import { PANEL_WIDTH } from './initial-view';
import { createPageEffects } from './page-effects';
import { PanelApp, type AppView } from './PanelApp';
import { StringsProvider } from '../../components/strings';

/** Late content often says what the page said already: nothing then changes in the panel. */
function same<T>(a: T, b: T): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Mounts <backup-doctor-panel> (open shadow root, our CSS inside it) at the end of <body>. */
export async function mountPanel(
  ctx: ContentScriptContext,
  options: PanelMountOptions,
): Promise<PanelHandle> {
  const [diagnosis, setDiagnosis] = createSignal(options.diagnosis, { equals: same });
  const [facts, setFacts] = createSignal(options.facts, { equals: same });
  const [view, setView] = createSignal<AppView>(options.start);
  const [strings, setStrings] = createSignal(options.strings);
  const effects = createPageEffects(ctx, document);
  const ui = await withHostName(PANEL_HOST, (name) =>
    createShadowRootUi(ctx, {
      name,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: `${panelCss}\n:host { --bd-panel-width: ${PANEL_WIDTH}px; }`,
      // Typing in the panel must not trigger Apple's own keyboard shortcuts.
      isolateEvents: true,
      onMount: (container, shadow) =>
        render(
          () => (
            <StringsProvider strings={strings}>
              <PanelApp
                ctx={ctx}
                effects={effects}
                shadow={shadow}
                diagnosis={diagnosis}
                facts={facts}
                view={view}
                setView={setView}
                host={options.host}
                os={options.os}
                strings={strings}
              />
            </StringsProvider>
          ),
          container,
        ),
      onRemove: (dispose) => dispose?.(),
    }),
  );
  ui.mount();
  ui.shadowHost.setAttribute(PANEL_OWNER_ATTRIBUTE, '');
  return {
    update(d, f) {
      setDiagnosis(d);
      setFacts(f);
    },
    toggle() {
      const next = view() === 'open' ? 'collapsed' : 'open';
      setView(next);
      void setPanelSite(options.host, next);
      // The shortcut asked for the panel: focus goes into it, even when it was closed and so
      // renders anew (a first render never takes focus by itself).
      if (next === 'open') ui.shadow.querySelector<HTMLElement>('#bd-heading')?.focus();
    },
    setStrings,
    remove() {
      ui.remove();
      effects.remove();
    },
  };
}
