// The popup's header: its name and the way to the options page. The first script paints the
// same (entrypoints/popup-points/first-paint.ts), and the app keeps those nodes.
import { strings } from './strings';

export function PopupHeader({ openOptions }: { openOptions(): void }) {
  return (
    <header class="popup-header">
      <h1>
        <span aria-hidden="true">☕ </span>
        {strings.title}
      </h1>
      <button type="button" class="link" onClick={openOptions}>
        {strings.openOptions}
      </button>
    </header>
  );
}
