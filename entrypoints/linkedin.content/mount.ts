// Mounts one helper: an element named `fifteen-helper` with an open shadow root
// (docs/test-contract.md) holding its own styles, put there by this script — no web-accessible
// stylesheet.
// What every profile gets is the button alone, built without Preact; the panel behind it is
// injected on the first sign the user wants it (pointer over the button, focus, a press, a
// click), see utils/messaging/panel-contract.ts.
import { TOGGLE_STRINGS as t } from '@/components/helper/toggle-strings';
import { pageTheme } from '@/utils/linkedin/theme';
import { callRemote, isExtensionUpdated, requestPanel, type RemoteResult } from '@/utils/messaging/client';
import { watchStore } from '@/utils/store/watch';
import { HELPER_TAG, type Mounted, type Placement } from './lifecycle';
import { takePanel, type HelperPanel } from '@/utils/messaging/panel-contract';
import css from './helper.css?inline';

type State = RemoteResult<'profileState'>;

/** The panel, once this copy of the script has had it injected (one per page, any profile). */
let panel: Promise<HelperPanel> | null = null;

function loadPanel(): Promise<HelperPanel> {
  // Anything announced before this script's own request (an earlier copy's) is not taken.
  if (!panel) takePanel();
  panel ??= requestPanel().then(() => {
    const loaded = takePanel();
    if (!loaded) throw new Error('The panel did not load.');
    return loaded;
  });
  // A failure is not remembered: the next click tries again.
  panel.catch(() => (panel = null));
  return panel;
}

/**
 * This person's data for the panel, read on the first sign of intent so that it is there by the
 * click. A read that the store has changed since is dropped, and read again when asked for.
 */
function stateReader(slug: string): { warm(): void; take(): Promise<State>; stop(): void } {
  let read: Promise<State> | null = null;
  let stopWatching: (() => void) | null = null;
  const start = () => {
    if (!read) {
      const asked = (read = callRemote('profileState', slug));
      asked.catch(() => read === asked && (read = null));
    }
    // Set up after the request is sent (it costs Firefox a few ms): a change after this task
    // still reaches the listener, and one before it is in what the read sees.
    stopWatching ??= watchStore(() => (read = null));
    return read;
  };
  return {
    warm: () => void start().catch(() => undefined),
    take: () => {
      const taken = start();
      // From here on the panel watches the store itself.
      stopWatching?.();
      stopWatching = null;
      read = null;
      return taken;
    },
    stop: () => stopWatching?.(),
  };
}

export function mountHelper({ reading, row }: Placement): Mounted {
  const host = document.createElement(HELPER_TAG);
  host.dataset.slug = reading.slug;
  host.dataset.theme = pageTheme(document);
  if (!row) host.dataset.floating = '';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  const helper = document.createElement('div');
  helper.className = row ? 'fifteen' : 'fifteen floating';
  const pill = document.createElement('button');
  pill.type = 'button';
  pill.className = 'pill';
  pill.dataset.testid = 'helper-toggle';
  pill.setAttribute('aria-expanded', 'false');
  pill.setAttribute('aria-label', t.toggleLabel(reading.name));
  const cup = document.createElement('span');
  cup.setAttribute('aria-hidden', 'true');
  cup.textContent = '☕';
  pill.append(cup, ` ${t.toggle}`);
  const problem = document.createElement('span');
  problem.className = 'load-error';
  problem.setAttribute('role', 'status');
  helper.append(pill, problem);
  container.append(helper);
  shadow.append(style, container);
  // Keys typed in the helper are the helper's: LinkedIn's page-wide shortcuts must not see them.
  for (const type of ['keydown', 'keyup', 'keypress']) host.addEventListener(type, (e) => e.stopPropagation());
  (row ?? document.body).append(host);

  const onError = (e: unknown) => !isExtensionUpdated(e) && console.error('[Fifteen]', e);
  let removed = false;
  let unmountPanel: (() => void) | null = null;
  const state = stateReader(reading.slug);

  // Fetched as soon as the user heads for the button, so it is usually all there by the click:
  // the panel (once per page) and this person's data (once per helper, unless the store changes).
  const warm = () => {
    loadPanel().catch(() => undefined);
    state.warm();
  };
  for (const type of ['pointerenter', 'focus', 'pointerdown']) pill.addEventListener(type, warm, { once: true });
  pill.addEventListener('click', () => {
    if (pill.getAttribute('aria-busy') === 'true') return;
    pill.setAttribute('aria-busy', 'true');
    problem.textContent = '';
    // Both asked for at once (if not already): the panel's first render is then the open panel
    // with its draft, with nothing left to wait for.
    // The injection first: it is the longer of the two.
    const loading = loadPanel();
    const read = state.take().catch((e: unknown) => (onError(e), null));
    Promise.all([loading, read]).then(
      ([loaded, first]) => {
        if (removed) return;
        container.replaceChildren();
        unmountPanel = loaded.mount({ shadow, container, reading, floating: !row, onError, state: first });
      },
      (e: unknown) => {
        pill.removeAttribute('aria-busy');
        problem.textContent = isExtensionUpdated(e) ? (e as Error).message : t.panelFailed;
        onError(e);
      },
    );
  });

  return {
    host,
    remove() {
      removed = true;
      state.stop();
      unmountPanel?.();
      host.remove();
    },
  };
}
