// The points index: for each shard of conversations, one short string holding what the points
// summary needs of each conversation in it (utils/domain/points PointsEntry). The repository
// rewrites a shard's index in the same storage.set as the shard itself, so the two never
// disagree; the popup reads the sixteen small strings to show points at once, and the records
// (tens of MB at 50,000 conversations, seconds to read) only after.
//
// Format, version 1: "p1\n" then one line per conversation: a base-36 digit of flags
// (level 0–4, +5 when met, +10 for a connection note), earnedAt in base-36 ms, a comma,
// requestedAt in base-36 ms (an empty number is unknown). A string in another format is ignored.
import type { Level } from '../domain/model';
import { entryOf, type PointsEntry } from '../domain/points';
import type { Conversation } from '../domain/model';

const HEADER = 'p1\n';

const num = (ms: number): string => (Number.isFinite(ms) ? ms.toString(36) : '');

export function encodePointsIndex(conversations: Iterable<Conversation>): string {
  const lines: string[] = [];
  for (const c of conversations) {
    const e = entryOf(c);
    const flags = e.level + (e.met ? 5 : 0) + (e.note ? 10 : 0);
    lines.push(`${flags.toString(36)}${num(e.earnedAt)},${num(e.requestedAt)}`);
  }
  return HEADER + lines.join('\n');
}

/** The entries of one shard's index, or null when it is not an index this version writes. */
export function decodePointsIndex(raw: unknown, into: PointsEntry[] = []): PointsEntry[] | null {
  if (typeof raw !== 'string' || !raw.startsWith(HEADER)) return null;
  let start = HEADER.length;
  while (start < raw.length) {
    let end = raw.indexOf('\n', start);
    if (end < 0) end = raw.length;
    const flags = parseInt(raw[start]!, 36);
    const comma = raw.indexOf(',', start);
    if (!(flags >= 0 && flags <= 19) || comma < 0 || comma > end) return null;
    const level = flags % 5;
    into.push({
      level: level as Level,
      met: flags % 10 >= 5,
      note: flags >= 10,
      earnedAt: parseInt(raw.slice(start + 1, comma), 36),
      requestedAt: parseInt(raw.slice(comma + 1, end), 36),
    });
    start = end + 1;
  }
  return into;
}
