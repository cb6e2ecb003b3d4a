import { For, type JSX } from 'solid-js';
import { PANEL_SITES } from '../../content/apple-sites';
import { useStrings } from '../../components/strings';
import { PANEL_MODES } from '../../content/vocabulary';
import type { SectionProps } from './OptionsPage';

/** How the panel first appears, and on which of Apple's sites it may appear at all. */
export function PanelSettings(props: SectionProps): JSX.Element {
  const t = useStrings();
  const S = () => t().ui.options.panel;
  const siteOn = (host: string) => !props.settings.disabledSites.includes(host);
  const setSite = (host: string, on: boolean) => {
    const others = props.settings.disabledSites.filter((h) => h !== host);
    props.save({ disabledSites: on ? others : [...others, host] });
  };

  return (
    <>
      <fieldset class="group">
        <legend>{S().legend}</legend>
        <p class="hint" id="panel-mode-hint">
          {S().hint}
        </p>
        <For each={PANEL_MODES}>
          {(mode) => (
            <div class="choice">
              <input
                type="radio"
                name="panel-mode"
                id={`panel-mode-${mode}`}
                value={mode}
                aria-describedby="panel-mode-hint"
                checked={props.settings.panel === mode}
                onChange={() => props.save({ panel: mode })}
              />
              <label for={`panel-mode-${mode}`}>{S().modes[mode]}</label>
            </div>
          )}
        </For>
      </fieldset>

      <fieldset class="group">
        <legend>{S().sitesLegend}</legend>
        <p class="hint" id="panel-sites-hint">
          {S().sitesHint}
        </p>
        <For each={PANEL_SITES}>
          {(site) => (
            <div class="choice">
              <input
                type="checkbox"
                id={`site-${site.host}`}
                aria-describedby="panel-sites-hint"
                checked={siteOn(site.host)}
                onChange={(e) => setSite(site.host, e.currentTarget.checked)}
              />
              <label for={`site-${site.host}`}>{S().siteNames[site.host]}</label>
            </div>
          )}
        </For>
      </fieldset>
    </>
  );
}
