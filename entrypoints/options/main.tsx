import { render } from 'solid-js/web';
import { OptionsPage } from './OptionsPage';

const root = document.getElementById('app');
if (root) render(() => <OptionsPage />, root);
