import { render } from 'solid-js/web';
import { AboutLine } from '../../components/AboutLine';

const root = document.getElementById('app');
if (root) render(() => <AboutLine />, root);
