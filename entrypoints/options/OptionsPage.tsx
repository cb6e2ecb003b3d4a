import { createSignal, onCleanup, Show, type JSX } from 'solid-js';
import { OPTIONS_STRINGS as S } from '../../content/strings/options';
import { getSettings, updateSettings, watchSettings } from '../../lib/storage/browser-items';
import { notificationsOffered } from '../../lib/status/browser-notifications';
import type { Settings } from '../../lib/storage/schema';
import { DeviceSettings } from './DeviceSettings';
import { NotificationSettings } from './NotificationSettings';
import { PanelSettings } from './PanelSettings';
import { ProgressSettings } from './ProgressSettings';
import './options.css';

/** The options page: every setting, saved as it changes, following changes made elsewhere. */
export function OptionsPage(): JSX.Element {
  const [settings, setSettings] = createSignal<Settings | null>(null);
  const [saveState, setSaveState] = createSignal('');

  onCleanup(watchSettings(setSettings));
  getSettings().then(setSettings, () => setSaveState(S.saveFailed));

  const save = (patch: Partial<Settings>) => {
    updateSettings(patch).then(
      (next) => {
        setSettings(next);
        setSaveState(S.saved);
      },
      () => setSaveState(S.saveFailed),
    );
  };

  return (
    <main class="options">
      <h1>{S.title}</h1>
      <p class="intro">{S.intro}</p>
      <Show when={settings()} fallback={<p>{S.loading}</p>}>
        {(current) => (
          <form onSubmit={(e) => e.preventDefault()}>
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
