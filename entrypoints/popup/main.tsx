// The popup: networking points and what to do next, from the store, live. The same page opens
// in a tab when a reminder notification is clicked. The first script (popup-points.ts) may have
// painted the points already: the app takes them over.
import { render } from 'preact';
import { browser } from '#imports';
import { pointsIndexFrom } from '@/utils/store/repository';
import { App } from './app';
import '@/components/outcome-form.css';
import '@/components/prepare-view.css';
import './style.css';

async function start() {
  // The first script's read is already on its way: let it paint before the app's first render.
  await window.fifteenFirstPaint?.settled;
  const first = window.fifteenFirstPaint?.take();
  render(
    <App
      initialPoints={first?.painted && pointsIndexFrom(first.painted)}
      loadPoints={first && !first.painted ? () => first.reading.then((read) => read && pointsIndexFrom(read)) : undefined}
      openOptions={() => void browser.runtime.openOptionsPage()}
      openUrl={(url) => void browser.tabs.create({ url })}
    />,
    document.getElementById('app')!,
  );
}

void start();
