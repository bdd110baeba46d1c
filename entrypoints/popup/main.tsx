// The popup: networking points and what to do next, from the store, live. The same page opens
// in a tab when a reminder notification is clicked.
import { render } from 'preact';
import { browser } from '#imports';
import { App } from './app';
import '@/components/outcome-form.css';
import './style.css';

render(
  <App openOptions={() => void browser.runtime.openOptionsPage()} openUrl={(url) => void browser.tabs.create({ url })} />,
  document.getElementById('app')!,
);
