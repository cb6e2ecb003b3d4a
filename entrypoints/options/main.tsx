import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import { StringsProvider } from '../../components/strings';
import { readerStrings } from '../../lib/i18n/browser-catalog';
import { EN_STRINGS } from '../../lib/i18n/strings';
import { getSettings, watchSettings } from '../../lib/storage/browser-items';
import type { Settings } from '../../lib/storage/schema';
import { OptionsPage } from './OptionsPage';

const root = document.getElementById('app');
// The page speaks the language setting, else the browser's, and follows a new choice at once.
const [strings, setStrings] = createSignal(EN_STRINGS);
const speak = (settings: Settings) =>
  readerStrings(settings).then((next) => {
    document.documentElement.lang = next.locale;
    setStrings(next);
  });
watchSettings((settings) => void speak(settings));
void getSettings()
  .then(speak)
  .finally(() => {
    if (root) {
      render(
        () => (
          <StringsProvider strings={strings}>
            <OptionsPage />
          </StringsProvider>
        ),
        root,
      );
    }
  });
