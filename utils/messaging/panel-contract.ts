// The hand-over between the helper's button and its panel. The button (entrypoints/linkedin.content) is
// on every LinkedIn page, so it stays small; the panel — Preact, the drafts, their checks, the
// outcome form — is a second script (entrypoints/linkedin-panel.content) that the background injects into
// the same isolated world only when the user reaches for the button. It announces itself on the
// world's global object under PANEL_GLOBAL. The button script hands it the person's data already
// read, so that the panel's first render is the open panel with its draft, not a frame later.
import type { ProfileReading } from '@/utils/linkedin/profile';
import type { RemoteResult } from './store-ops';

export const PANEL_GLOBAL = '__fifteenHelperPanel';

export interface PanelPlace {
  /** The helper's shadow root: the panel adds its own styles there. */
  shadow: ShadowRoot;
  /** The element the panel renders into, emptied for it (the button goes: the panel has its own). */
  container: HTMLElement;
  reading: ProfileReading;
  floating: boolean;
  onError: (e: unknown) => void;
  /**
   * This person's history and the user's settings, read while the panel was injected (or earlier,
   * when the user reached for the button), already answered; null if the read failed (reported
   * through onError), and the panel then opens with the defaults.
   */
  state: RemoteResult<'profileState'> | null;
}

export interface HelperPanel {
  /** Shows the helper, open, in place of the button; returns what takes it away. */
  mount(place: PanelPlace): () => void;
}

type PanelGlobal = { [PANEL_GLOBAL]?: HelperPanel };

export function announcePanel(panel: HelperPanel, global: object = globalThis): void {
  (global as PanelGlobal)[PANEL_GLOBAL] = panel;
}

/** Takes the panel the last injection announced (and forgets it, so a stale one is never reused). */
export function takePanel(global: object = globalThis): HelperPanel | undefined {
  const g = global as PanelGlobal;
  const panel = g[PANEL_GLOBAL];
  delete g[PANEL_GLOBAL];
  return panel;
}
