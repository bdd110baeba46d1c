// Who the panel is for: their name, role and company at its head, what the page did not give, and
// the fields where the user types or corrects them.
import { useState } from 'preact/hooks';
import { EDITABLE_FIELDS, type EditableField, type Person } from '@/utils/domain/person';
import type { HelperStrings } from './helper-strings';

interface PersonPartProps {
  strings: HelperStrings;
  person: Person;
  /** Fields the page did not give. */
  missing: readonly EditableField[];
  onPersonChange: (field: EditableField, value: string) => void;
  accepted?: boolean;
  onClose: () => void;
}

/** The panel's head and everything about the person under it. */
export function PersonPart(props: PersonPartProps) {
  const { strings: t, person } = props;
  // A page whose person could not be read opens on the fields, for the user to type them.
  const [editing, setEditing] = useState(() => !props.person.name);
  const missing = props.missing.filter((f) => !person[f]);
  return (
    <>
      <PanelHead {...props} editing={editing} onEditingChange={setEditing} />
      {props.accepted && (
        <p class="accepted" role="status" data-testid="accepted">
          {t.accepted(person.firstName || person.name)}
        </p>
      )}
      {!person.name && (
        <p class="hint" role="status" data-testid="page-not-read">
          {t.pageNotRead}
        </p>
      )}
      {editing && <PersonFields {...props} />}
      {person.name && !editing && missing.length > 0 && (
        <p class="hint">{t.notRead(missing.map((f) => t.fields[f].toLowerCase()).join(', '))}</p>
      )}
    </>
  );
}

function PanelHead(props: PersonPartProps & { editing: boolean; onEditingChange: (editing: boolean) => void }) {
  const { strings: t, person, editing } = props;
  return (
    <header class="panel-head">
      <div class="who">
        <strong data-testid="helper-name">{person.name}</strong>
        <span class="sub">
          {person.role && <span>{person.role}</span>}
          {person.role && person.company && <span aria-hidden="true"> · </span>}
          <span data-testid="helper-company">{person.company}</span>
        </span>
      </div>
      <button type="button" class="ghost" aria-expanded={editing} onClick={() => props.onEditingChange(!editing)}>
        {editing ? t.doneEditing : t.edit}
      </button>
      <button type="button" class="ghost close" aria-label={t.close} onClick={props.onClose}>
        ×
      </button>
    </header>
  );
}

function PersonFields({ strings: t, person, onPersonChange }: PersonPartProps) {
  return (
    <fieldset class="fields">
      <legend class="visually-hidden">{t.person}</legend>
      {EDITABLE_FIELDS.map((field) => (
        <label key={field}>
          <span>{t.fields[field]}</span>
          <input
            value={person[field]}
            placeholder={t.unknown}
            onChange={(e) => onPersonChange(field, e.currentTarget.value.trim())}
          />
        </label>
      ))}
    </fieldset>
  );
}
