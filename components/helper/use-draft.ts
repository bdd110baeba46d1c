// The draft the panel offers: what the user goes in for, the kind of message, the template, and
// the text with its counter and checks.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { checkDraft, countCharacters, limitFor, type DraftWarning } from '@/utils/domain/checks';
import type { Conversation, Goal, MessageKind, Template } from '@/utils/domain/model';
import type { Person } from '@/utils/domain/person';
import { renderTemplate, templatesFor, templateVars, type DraftAuthor } from '@/utils/domain/templates';

export interface DraftSource {
  person: Person;
  me: DraftAuthor;
  noteLimit: 200 | 300;
  templates: readonly Template[];
  history: readonly Conversation[];
  accepted?: boolean;
}

export function useDraft(props: DraftSource) {
  const { person, noteLimit } = props;
  const [goal, setGoal] = useState<Goal>(1);
  // Once they accepted the invitation, the next step is a message to set up the 15 minutes.
  const [kind, setKind] = useState<MessageKind>(props.accepted ? 'message' : 'note');
  const [templateId, setTemplateId] = useState<string | null>(null);

  const choices = useMemo(() => templatesFor(kind, goal, props.templates), [kind, goal, props.templates]);
  const template = choices.find((c) => c.id === templateId) ?? choices[0];
  const limit = limitFor(kind, noteLimit);
  const generated = useMemo(
    () => (template ? renderTemplate(template.body, templateVars(person, props.me), limit ?? undefined) : ''),
    [template, person, props.me, limit],
  );
  // The user's own edits win until they pick another kind, goal or template.
  const [text, setText] = useState(generated);
  useEffect(() => setText(generated), [generated]);

  const length = countCharacters(text);
  const warnings = useMemo(
    () => checkDraft(text, { kind, noteLimit, firstMessage: props.history.length === 0 }),
    [text, kind, noteLimit, props.history.length],
  );
  // One line per kind of warning.
  const shown: DraftWarning[] = warnings.filter((w, i) => warnings.findIndex((x) => x.code === w.code) === i);

  return { goal, setGoal, kind, setKind, choices, template, setTemplateId, limit, text, setText, length, shown };
}

export type Draft = ReturnType<typeof useDraft>;
