// First import: the storage read starts before Solid and the views are set up.
import { cachedSnapshot, storedSettings } from './first-read';
import { render } from 'solid-js/web';
import { StringsProvider } from '../../components/strings';
import { browserTags, loadStrings, readerStrings } from '../../lib/i18n/browser-catalog';
import { chooseLocale } from '../../lib/i18n/locale';
import { EN_STRINGS } from '../../lib/i18n/strings';
import { Popup } from './Popup';

const root = document.getElementById('app');
// The popup speaks the browser's language unless a setting says otherwise: that language's
// catalog (one small file of the extension; English needs none) loads while storage answers,
// and `readerStrings` then finds it loaded.
const tags = browserTags();
const likely = loadStrings(
  chooseLocale({ setting: 'auto', surface: 'extension', browser: tags }),
  tags,
);
// A page's first Intl formatter loads the locale's data: the status line's "checked 3 min ago"
// formatter is made while storage answers, not during the first render.
likely.then((s) => s.ago(0, 0)).catch(() => undefined);
// Solid builds the views from <template> elements: the document's first one sets up the inert
// document templates live in (a ms or two), so that happens while storage answers too.
void document.createElement('template').content;
const strings = storedSettings.then(readerStrings).catch(() => EN_STRINGS);
// Drawn once both reads have answered (a few ms): the first frame already holds the status in
// the reader's language, and no frame of a half-built popup stands between them and the status.
const show = async () => {
  const speak = await strings;
  document.documentElement.lang = speak.locale;
  if (root) {
    render(
      () => (
        <StringsProvider strings={() => speak}>
          <Popup cached={cachedSnapshot} />
        </StringsProvider>
      ),
      root,
    );
  }
};
cachedSnapshot.then(show, show);
