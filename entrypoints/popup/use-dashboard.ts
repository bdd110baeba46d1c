// What the popup's dashboard shows, from whatever the store has read: the points summary (from
// the records, else the points index), the agenda (from the records, else the lists' slices), the
// settings (the page takes their theme) and how many stored records could not be read.
import { useEffect, useMemo } from 'preact/hooks';
import { buildAgenda, listsOf, type Agenda } from '@/utils/domain/agenda';
import type { Settings } from '@/utils/domain/model';
import { summarise, summariseEntries, type PointsSummary } from '@/utils/domain/points';
import type { PopupStore } from '@/utils/store/use-popup';

export interface Dashboard {
  summary: PointsSummary | null;
  agenda: Agenda | null;
  settings: Settings | undefined;
  problems: number;
}

export function useDashboard({ snapshot, lists, points }: PopupStore, now: () => Date): Dashboard {
  // Points first and in one pass; the lists in a second memoised pass over the same snapshot.
  const summary = useMemo(
    () =>
      snapshot
        ? summarise(snapshot.conversations.values(), { weeklyGoal: snapshot.settings.weeklyPointsGoal, now: now() })
        : points &&
          summariseEntries(points.entries, { weeklyGoal: points.settings.weeklyPointsGoal, now: now() }, points.tally),
    [snapshot, points],
  );
  const agenda = useMemo(
    () =>
      snapshot
        ? buildAgenda(snapshot, snapshot.settings, { now: now() })
        : lists &&
          listsOf(
            { contacts: lists.contacts, conversations: lists.conversations.values(), links: lists.links },
            lists.settings,
            { now: now() },
          ),
    [snapshot, lists],
  );
  const settings = (snapshot ?? lists ?? points)?.settings;
  const problems = snapshot ? snapshot.problems.length : (lists?.problems ?? 0);
  const theme = settings?.theme ?? 'system';
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return { summary, agenda, settings, problems };
}
