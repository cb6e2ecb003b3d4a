import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import panelCss from './styles.css?inline';
import { withHostName } from '../../lib/content-script/lifetime';
import type { Diagnosis } from '../../lib/diagnose/types';
import { setPanelSite } from '../../lib/storage/browser-items';
import { PANEL_HOST, PANEL_OWNER_ATTRIBUTE, type PanelHandle, type PanelMountOptions } from './api';
import { PANEL_WIDTH } from './initial-view';
import { createPageEffects } from './page-effects';
import { PanelApp, type AppView } from './PanelApp';

function sameDiagnosis(a: Diagnosis, b: Diagnosis): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Mounts <backup-doctor-panel> (open shadow root, our CSS inside it) at the end of <body>. */
export async function mountPanel(
  ctx: ContentScriptContext,
  options: PanelMountOptions,
): Promise<PanelHandle> {
  const [diagnosis, setDiagnosis] = createSignal(options.diagnosis, { equals: sameDiagnosis });
  const [view, setView] = createSignal<AppView>(options.start);
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
            <PanelApp
              ctx={ctx}
              effects={effects}
              shadow={shadow}
              diagnosis={diagnosis}
              view={view}
              setView={setView}
              host={options.host}
              os={options.os}
            />
          ),
          container,
        ),
      onRemove: (dispose) => dispose?.(),
    }),
  );
  ui.mount();
  ui.shadowHost.setAttribute(PANEL_OWNER_ATTRIBUTE, '');
  return {
    update: (d) => setDiagnosis(d),
    toggle() {
      const next = view() === 'open' ? 'collapsed' : 'open';
      setView(next);
      void setPanelSite(options.host, next);
      // The shortcut asked for the panel: focus goes into it, even when it was closed and so
      // renders anew (a first render never takes focus by itself).
      if (next === 'open') ui.shadow.querySelector<HTMLElement>('#bd-heading')?.focus();
    },
    remove() {
      ui.remove();
      effects.remove();
    },
  };
}
