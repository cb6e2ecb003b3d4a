import { createSignal, onCleanup, Show, type JSX } from 'solid-js';
import { useStrings } from '../../components/strings';
import { getSettings, updateSettings, watchSettings } from '../../lib/storage/browser-items';
import { notificationsOffered } from '../../lib/status/browser-notifications';
import type { Settings } from '../../lib/storage/schema';
import { DeviceSettings } from './DeviceSettings';
import { LanguageSettings } from './LanguageSettings';
import { NotificationSettings } from './NotificationSettings';
import { PanelSettings } from './PanelSettings';
import { ProgressSettings } from './ProgressSettings';
import './options.css';

/** The options page: every setting, saved as it changes, following changes made elsewhere. */
export function OptionsPage(): JSX.Element {
  const t = useStrings();
  const S = () => t().ui.options;
  const [settings, setSettings] = createSignal<Settings | null>(null);
  const [saveState, setSaveState] = createSignal('');

  onCleanup(watchSettings(setSettings));
  getSettings().then(setSettings, () => setSaveState(S().saveFailed));

  const save = (patch: Partial<Settings>) => {
    updateSettings(patch).then(
      (next) => {
        setSettings(next);
        setSaveState(S().saved);
      },
      () => setSaveState(S().saveFailed),
    );
  };

  return (
    <main class="options" lang={t().locale}>
      <h1>{S().title}</h1>
      <p class="intro">{S().intro}</p>
      <Show when={settings()} fallback={<p>{S().loading}</p>}>
        {(current) => (
          <form onSubmit={(e) => e.preventDefault()}>
            <LanguageSettings settings={current()} save={save} />
            <PanelSettings settings={current()} save={save} />
            <DeviceSettings settings={current()} save={save} />
            <Show when={notificationsOffered()}>
              <NotificationSettings settings={current()} save={save} />
            </Show>
            <ProgressSettings />
          </form>
        )}
      </Show>
      <p class="save-state" role="status">
        {saveState()}
      </p>
    </main>
  );
}

/** What every settings section gets: the current settings and a way to change some of them. */
export interface SectionProps {
  settings: Settings;
  save: (patch: Partial<Settings>) => void;
}
