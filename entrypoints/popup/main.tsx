// First import: the cached snapshot's read starts before Solid and the views are set up.
import { cachedSnapshot } from './cached-snapshot';
import { render } from 'solid-js/web';
import { StringsProvider } from '../../components/strings';
import { storedReaderStrings } from '../../lib/i18n/browser-catalog';
import { EN_STRINGS } from '../../lib/i18n/strings';
import { Popup } from './Popup';

const root = document.getElementById('app');
// The popup's language (the setting, else the browser's), read alongside the snapshot: a
// translated catalog is one small file of the extension, English needs no read at all.
const strings = storedReaderStrings().catch(() => EN_STRINGS);
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
