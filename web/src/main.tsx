import './zod-config';
import { render } from 'preact';
import { App } from './app';
import { locale } from './i18n';
import { registerServiceWorker } from './push';
import './styles.css';

document.documentElement.lang = locale.value;
const root = document.getElementById('app')!;
// The name index.html shows until now goes first: reused by the first render, it moved (a layout
// shift Lighthouse counted).
root.replaceChildren();
render(<App />, root);
registerServiceWorker();
