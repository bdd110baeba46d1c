// The popup: networking points and what to do next, from the store, live. The same page opens
// in a tab when a reminder notification is clicked. The first script (entrypoints/popup-points/) may
// have painted the points already: the app takes them over (utils/first-paint-contract.ts).
import { render } from 'preact';
import { browser } from '#imports';
import { loadListsSlice, pointsIndexFrom, watchStore } from '@/utils/store/repository';
import { App } from './app';
import '@/components/outcome-form.css';
import '@/components/prepare-view.css';
import '@/components/page.css';
import './theme.css';
import './style.css';
import './points.css';
import './lists.css';

async function start() {
  // The lists' slices (asked for by the first script) are decoded while it paints and the app renders.
  const firstLists = loadListsSlice(new Date(), window.fifteenFirstPaint?.lists);
  // The first script's read is already on its way: let it paint before the app's first render.
  await window.fifteenFirstPaint?.settled;
  const first = window.fifteenFirstPaint?.take();
  // Watched from here until the app watches the store itself: a change in between means the
  // first reads may be out of date.
  let changed = !!first?.changed;
  const stopWatching = watchStore(() => (changed = true));
  render(
    <App
      initialPoints={first?.painted && pointsIndexFrom(first.painted)}
      loadPoints={
        first && !first.painted ? () => first.reading.then((read) => read && pointsIndexFrom(read)) : undefined
      }
      firstLists={firstLists}
      firstStale={() => {
        stopWatching();
        return changed;
      }}
      openOptions={() => void browser.runtime.openOptionsPage()}
      openUrl={(url) => void browser.tabs.create({ url })}
    />,
    document.getElementById('app')!,
  );
}

void start();
