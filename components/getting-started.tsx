// The popup before any conversation is logged: the method in three lines, and the way to LinkedIn.
import type { GettingStartedStrings } from './getting-started-strings';

export function GettingStarted({
  strings,
  onOpenLinkedIn,
}: {
  strings: GettingStartedStrings;
  onOpenLinkedIn: () => void;
}) {
  return (
    <section class="card getting-started" aria-labelledby="start-title">
      <h2 id="start-title">{strings.title}</h2>
      <ol class="method">
        <li>{strings.lines[0]}</li>
        <li>
          {strings.lines[1]}
          <ul class="plain level-list">
            {strings.levels.map((l) => (
              <li key={l.level}>
                <span class={`level-badge level-${l.level}`} aria-hidden="true">
                  {l.level}
                </span>{' '}
                {l.text}
              </li>
            ))}
          </ul>
        </li>
        <li>{strings.lines[2]}</li>
      </ol>
      <button type="button" class="primary" onClick={onOpenLinkedIn}>
        {strings.openLinkedIn}
      </button>
    </section>
  );
}
