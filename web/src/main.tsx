import './zod-config';
import { render } from 'preact';
import { App } from './app';
import { locale } from './i18n';
import { registerServiceWorker } from './push';
import './styles.css';

document.documentElement.lang = locale.value;
render(<App />, document.getElementById('app')!);
registerServiceWorker();
