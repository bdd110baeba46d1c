// The options page's header: its name and the links to its sections.
import { strings } from './strings';

const SECTIONS = ['you', 'goals', 'reminders', 'appearance', 'templates', 'questions', 'data'] as const;

export function OptionsHeader() {
  return (
    <header class="top">
      <div class="top-inner">
        <h1>
          <span aria-hidden="true">☕ </span>
          {strings.title}
        </h1>
        <nav aria-label={strings.nav.label}>
          <ul class="nav">
            {SECTIONS.map((id) => (
              <li key={id}>
                <a href={`#${id}`}>{strings.nav[id]}</a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
