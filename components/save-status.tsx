// "Saving…", "✓ Saved", what went wrong, or that an invalid field was left out: the line under a
// form that saves as the user types (settings, templates, prep questions).
import type { SAVE_STRINGS } from './save-strings';
import type { SaveState } from './use-auto-save';

export function SaveStatus({
  state,
  strings,
  invalid,
}: {
  state: SaveState;
  strings: typeof SAVE_STRINGS;
  invalid?: boolean;
}) {
  const text = invalid
    ? strings.notSavedInvalid
    : state.kind === 'saving'
      ? strings.saving
      : state.kind === 'saved'
        ? `✓ ${strings.saved}`
        : state.kind === 'error'
          ? strings.error(state.message)
          : '';
  const tone = invalid || state.kind === 'error' ? 'error' : state.kind === 'saved' ? 'ok' : 'idle';
  return (
    <p class={`save-status status-${tone}`} role="status" aria-live="polite" data-testid="save-status">
      {text}
    </p>
  );
}
