// The words of the helper's button, which the content script shows on every profile before the
// panel (and the rest of HELPER_STRINGS) is loaded: kept apart so the page gets only these.
export const TOGGLE_STRINGS = {
  toggle: '15-min coffee',
  // Starts with the visible text, so voice control ("click 15-min coffee") finds it.
  toggleLabel: (name: string) =>
    name ? `15-min coffee: ask ${name} for 15 minutes` : '15-min coffee: ask for 15 minutes',
  panelFailed: 'Fifteen could not open here. Reload the page and try again.',
};
