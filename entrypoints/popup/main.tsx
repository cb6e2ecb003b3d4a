import { render } from 'solid-js/web';
import { Popup } from '../../components/popup/Popup';

const root = document.getElementById('app');
if (root) render(() => <Popup />, root);
