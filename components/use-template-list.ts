// The template editor's list: the user's templates (or the shipped ones), which one is selected,
// and the edits that make the list the user's own. The editor saves its whole list, so a list
// changed elsewhere (an import, "Erase all", another tab) is taken in as it arrives, unless the
// user has an edit of their own still being saved.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Template, TemplateKind } from '@/utils/domain/model';
import type { TEMPLATE_EDITOR_STRINGS } from './template-editor-strings';
import { useAutoSave } from './use-auto-save';

export type KindFilter = TemplateKind | 'all';

export interface TemplateListSource {
  /** The templates in use: the user's, or the defaults. */
  templates: Template[];
  /** True when `templates` are the user's own (settings.templates is not null). */
  custom: boolean;
  defaults: Template[];
  strings: typeof TEMPLATE_EDITOR_STRINGS;
  /** Saves the user's list, or null to go back to the defaults. */
  onSave: (templates: Template[] | null) => Promise<unknown>;
  newId?: () => string;
  readOnly?: boolean;
  delay?: number;
}

const sameList = (a: Template[], b: Template[]): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

const defaultNewId = () => `t-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;

export function useTemplateList(props: TemplateListSource) {
  const { strings, readOnly } = props;
  const [list, setList] = useState<Template[]>(props.templates);
  const [custom, setCustom] = useState(props.custom);
  const [selectedId, setSelectedId] = useState<string | null>(props.templates[0]?.id ?? null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [notice, setNotice] = useState('');
  const saver = useAutoSave(props.delay);
  // The list the store is known to hold: the one last given, or the one last saved here.
  const known = useRef({ templates: props.templates, custom: props.custom });

  useEffect(() => {
    const before = known.current;
    if (props.templates === before.templates && props.custom === before.custom) return;
    if (props.custom === before.custom && sameList(props.templates, before.templates)) return;
    // An edit still waiting or being saved wins: it saves the whole list after this change.
    if (saver.busy()) return;
    known.current = { templates: props.templates, custom: props.custom };
    setList(props.templates);
    setCustom(props.custom);
    setConfirmReset(false);
    setSelectedId((id) => (props.templates.some((t) => t.id === id) ? id : (props.templates[0]?.id ?? null)));
  }, [props.templates, props.custom]);

  /** Saves `next` as the user's list (null or empty: back to the defaults), selecting `select`. */
  const commit = (next: Template[] | null, select?: string | null) => {
    if (readOnly) return;
    setNotice('');
    if (next === null || next.length === 0) {
      setList(props.defaults);
      setCustom(false);
      setSelectedId(select === undefined ? (props.defaults[0]?.id ?? null) : select);
      if (next && next.length === 0) setNotice(strings.emptyAfterDelete);
      known.current = { templates: props.defaults, custom: false };
      saver.schedule(() => props.onSave(null));
      return;
    }
    setList(next);
    setCustom(true);
    known.current = { templates: next, custom: true };
    if (select !== undefined) setSelectedId(select);
    saver.schedule(() => props.onSave(next));
  };

  const selected = list.find((t) => t.id === selectedId) ?? null;
  const state = { list, custom, selected, selectedId, setSelectedId, confirmReset, setConfirmReset, notice, saver };
  return { ...state, commit, ...editsOf(list, selected, commit, props) };
}

export type TemplateList = ReturnType<typeof useTemplateList>;

/** The edits to the list: change the selected template, add one, duplicate it, delete it. */
function editsOf(
  list: Template[],
  selected: Template | null,
  commit: (next: Template[] | null, select?: string | null) => void,
  props: TemplateListSource,
) {
  const { strings } = props;
  const newId = props.newId ?? defaultNewId;
  return {
    update(patch: Partial<Template>) {
      if (!selected) return;
      commit(list.map((t) => (t.id === selected.id ? { ...t, ...patch } : t)));
    },
    add(filter: KindFilter) {
      const kind: TemplateKind = filter === 'all' ? 'note' : filter;
      const t: Template = {
        id: newId(),
        name: strings.newName,
        kind,
        goal: null,
        subject: kind === 'email' ? '' : null,
        body: 'Hi {firstName}, ',
      };
      commit([...list, t], t.id);
    },
    duplicate() {
      if (!selected) return;
      const copy: Template = { ...selected, id: newId(), name: strings.copyOf(selected.name || strings.untitled) };
      const at = list.indexOf(selected) + 1;
      commit([...list.slice(0, at), copy, ...list.slice(at)], copy.id);
    },
    remove() {
      if (!selected) return;
      const at = list.indexOf(selected);
      const next = list.filter((t) => t.id !== selected.id);
      const neighbour = next[Math.min(at, next.length - 1)]?.id ?? null;
      commit(next, neighbour);
    },
  };
}
