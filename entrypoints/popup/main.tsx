// First import: the cached snapshot's read starts before Solid and the views are set up.
import { cachedSnapshot } from './cached-snapshot';
import { render } from 'solid-js/web';
import { Popup } from './Popup';

const root = document.getElementById('app');
// Drawn once the read has answered (a few ms): the first frame already holds the status, and
// no frame of a half-built popup stands between the read's answer and the status.
const show = () => {
  if (root) render(() => <Popup cached={cachedSnapshot} />, root);
};
cachedSnapshot.then(show, show);
