// What the components' words share: dates as the popup and the helper show them, points, and what
// a reminder asks for. The formatters are marked pure, so a bundle that uses none of them (the
// popup's first script) leaves them out.
import type { AfterKind } from '@/utils/domain/model';

/** A day, e.g. "24 Nov". */
export const dayMonth = /* @__PURE__ */ new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

/** A day and a time, e.g. "Tue, 24 Nov, 10:00". */
export const dayTime = /* @__PURE__ */ new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: 'numeric',
  minute: '2-digit',
});

/** "1 pt", "2 pts" */
export const pts = (n: number) => `${n} ${n === 1 ? 'pt' : 'pts'}`;

/** What a reminder asks for: "thank-you note" or "follow-up". */
export const task = (kind: AfterKind) => (kind === 'thank-you' ? 'thank-you note' : 'follow-up');

/** "1 row", "1,204 rows": a count with its noun. */
export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
