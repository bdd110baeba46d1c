// Mounts one helper: an element named `fifteen-helper` with an open shadow root (SPEC test
// contract) holding its own styles, put there by this script — no web-accessible stylesheet.
// What every profile gets is the button alone, built without Preact; the panel behind it is
// injected on the first sign the user wants it (pointer over the button, focus, click), see
// ./panel-contract.ts.
import { TOGGLE_STRINGS as t } from '@/components/helper/toggle-strings';
import { pageTheme } from '@/utils/linkedin/theme';
import { callRemote, isExtensionUpdated, requestPanel } from '@/utils/store/remote';
import { HELPER_TAG, type Mounted, type Placement } from './lifecycle';
import { takePanel, type HelperPanel } from './panel-contract';
import css from './helper.css?inline';

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

  // Fetched as soon as the user heads for the button, so it is usually there by the click.
  const warm = () => loadPanel().catch(() => undefined);
  pill.addEventListener('pointerenter', warm, { once: true });
  pill.addEventListener('focus', warm, { once: true });
  pill.addEventListener('click', () => {
    if (pill.getAttribute('aria-busy') === 'true') return;
    pill.setAttribute('aria-busy', 'true');
    problem.textContent = '';
    // Read while the panel is injected, not after: the panel shows with its draft sooner.
    const firstState = callRemote('profileState', reading.slug);
    firstState.catch(() => undefined);
    loadPanel().then(
      (loaded) => {
        if (removed) return;
        container.replaceChildren();
        unmountPanel = loaded.mount({ shadow, container, reading, floating: !row, onError, firstState });
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
      unmountPanel?.();
      host.remove();
    },
  };
}
