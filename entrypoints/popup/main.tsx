// First import: the cached snapshot's read starts before Solid and the views are set up.
import { cachedSnapshot } from '../../components/popup/cachedSnapshot';
import { render } from 'solid-js/web';
import { Popup } from '../../components/popup/Popup';

const root = document.getElementById('app');
if (root) render(() => <Popup cached={cachedSnapshot} />, root);
