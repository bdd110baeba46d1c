// The popup: networking points from the store, live.
import { render } from 'preact';
import { browser } from '#imports';
import { App } from './app';
import './style.css';

render(<App openOptions={() => void browser.runtime.openOptionsPage()} />, document.getElementById('app')!);
