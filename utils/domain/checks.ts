// Gentle checks on a draft (docs/product.md, "The method"): the words that make people squirm ("informational
// interview", "I.I.", "pick your brain"), a job ask in a first message, more than one ask, a
// missing time box, and LinkedIn's length limits, plus the character count the live counter shows.
// Pure TypeScript: no wxt, no preact, no DOM.
import type { MessageKind } from './model';

export type DraftWarningCode =
  'informational-interview' | 'pick-your-brain' | 'job-ask' | 'several-asks' | 'no-time-box' | 'too-long' | 'empty';

/**
 * One thing worth a second look. `start`/`end` are UTF-16 offsets into the text (what a textarea's
 * `setSelectionRange` takes): the phrase itself, the second and later asks for `several-asks`,
 * the part past the limit for `too-long`, and the whole text for `no-time-box` and `empty`.
 * Phrase warnings come once per occurrence, so a view can mark each; group by `code` to list them.
 */
export interface DraftWarning {
  code: DraftWarningCode;
  message: string;
  start: number;
  end: number;
}

export interface CheckOptions {
  kind: MessageKind;
  noteLimit: 200 | 300;
  /** A job ask is only flagged in a first message; later in a conversation it may be fine. */
  firstMessage?: boolean;
}

export const MESSAGES: Record<DraftWarningCode, string> = {
  'informational-interview':
    "People can feel put on the spot by 'informational interview'. Ask for 15 minutes to hear about what they do instead.",
  'pick-your-brain':
    "'Pick your brain' can sound like taking without giving. Try asking to hear how they got where they are.",
  'job-ask':
    'Asking about jobs in a first message can feel like pressure. Ask to hear about their work; openings come up naturally once you have talked.',
  'several-asks': 'This draft asks for more than one thing. One clear ask is easier to say yes to.',
  'no-time-box': "Ask for a set, short time, such as '15 minutes', so it is easy to say yes.",
  'too-long': 'This is longer than LinkedIn allows here. Trim the highlighted part so it fits.',
  empty: 'The draft is empty.',
};

/** LinkedIn's limit for a private message; a connection note's limit depends on the account. */
export const MESSAGE_LIMIT = 8000;

/** The most characters LinkedIn accepts for this kind of message; null when there is no limit. */
export function limitFor(kind: MessageKind, noteLimit: 200 | 300): number | null {
  if (kind === 'note') return noteLimit;
  if (kind === 'message') return MESSAGE_LIMIT;
  return null;
}

/**
 * Characters as LinkedIn's counter counts them: Unicode code points (`[...text].length`), so an
 * accented letter or a single emoji such as 😀 counts as 1, not as its two UTF-16 units; an
 * emoji built from several code points (👩‍💻) counts as each of them.
 */
export function countCharacters(text: string): number {
  return [...text].length;
}

// Apostrophes may be straight or curly, depending on the keyboard and the OS.
const A = "['’]";

const INFORMATIONAL_RE = [
  /\binfo(?:rmation(?:al)?)?[\s-]+interview(?:s|ing)?\b/giu,
  // "I.I." is always the abbreviation; bare "II" is left alone, it is usually a numeral (Henry II).
  /(?<![\p{L}\p{N}.])I\.\s?I\.(?![\p{L}\p{N}])/giu,
];
const PICK_BRAIN_RE = [/\bpick(?:ing|ed)?\s+(?:your|ur|their)\s+brains?\b/giu, /\bbrain[\s-]?pick(?:ing)?\b/giu];
const JOB_ASK_RE = [
  /\b(?:are|is)\b[^.?!\n]{0,30}?\bhiring\b/giu,
  /\bany\s+(?:job\s+)?(?:openings?|vacanc(?:y|ies)|positions\s+open|roles\s+open)\b/giu,
  /\bopen\s+(?:roles?|positions?|jobs?|vacanc(?:y|ies)|reqs?)\b/giu,
  /\bjob\s+(?:openings?|opportunit(?:y|ies)|offers?)\b/giu,
  // "Refer me to someone in marketing" is a level-2 ask (docs/product.md, "The method"), not a job ask.
  /\brefer\s+me\b(?!\s+to\s+(?:someone|somebody|anyone|anybody|people|others?|a\s+colleague|colleagues|a\s+friend|friends)\b)/giu,
  /\byour\s+referral\s+for\b/giu,
  /\breferral\s+for\s+(?:a|the|this|that|an)\s+(?:role|job|position|opening)\b/giu,
  /\bhire\s+me\b/giu,
  // "a job", but not the one the user left, lost or did well.
  /(?<!\b(?:left|lost|quit|had|held|did|doing|leaving|losing|loved|liked)\s+)\ba\s+job\b/giu,
  /\bconsider\s+me\s+for\b/giu,
  /\bput\s+in\s+a\s+good\s+word\b/giu,
  /\b(?:pass|forward|send)\s+(?:on\s+|along\s+)?my\s+(?:cv|r[ée]sum[ée]|application)(?![\p{L}\p{N}])/giu,
];

// Phrases that make a sentence a request even without a question mark.
const REQUEST_RE = new RegExp(
  [
    '\\b(?:could|would|can|will)\\s+you\\b',
    '\\bwould\\s+it\\s+be\\s+possible\\b',
    `\\bi${A}d\\s+(?:love|like|appreciate)\\s+(?:it\\s+)?if\\s+you\\b`,
    `\\bi${A}d\\s+be\\s+grateful\\s+if\\b`,
    '\\bi\\s+would\\s+(?:love|like|appreciate)\\s+(?:it\\s+)?if\\s+you\\b',
    '\\bi\\s+(?:was|am)\\s+hoping\\s+you\\s+(?:could|would|might)\\b',
    '\\b(?:let\\s+me\\s+know|please\\s+tell\\s+me)\\s+(?:if|whether|when)\\b',
    '\\b(?:may|could|can)\\s+i\\s+(?:ask|have|get|borrow|book)\\b',
    '\\bdo\\s+you\\s+have\\s+(?:time|a\\s+few\\s+minutes|\\d+\\s+min)',
    '\\bare\\s+you\\s+(?:free|available|open\\s+to)\\b',
  ].join('|'),
  'iu',
);
// Small talk ends in a question mark without asking for anything.
const PLEASANTRY_RE = new RegExp(
  `^(?:(?:hi|hello|hey|dear)\\b[^,?]*,\\s*)?(?:how\\s+are\\s+you|how${A}s\\s+it\\s+going|hope\\s+you${A}re\\s+well)\\b[^?]*\\?$`,
  'iu',
);

const NUMBER_WORDS = 'five|ten|fifteen|twenty|twenty[\\s-]five|thirty';
const TIME_BOX_RE = new RegExp(
  [
    `\\b(?:\\d{1,2}|${NUMBER_WORDS})(?:\\s*(?:-|–|—|to)\\s*(?:\\d{1,2}|${NUMBER_WORDS}))?[\\s-]*(?:min|mins|minutes?)\\b`,
    '\\bhalf[\\s-]an?[\\s-]hour\\b',
    '\\bhalf[\\s-]hour\\b',
    '\\bquarter[\\s-]of[\\s-]an[\\s-]hour\\b',
  ].join('|'),
  'iu',
);

function phraseWarnings(text: string, code: DraftWarningCode, patterns: readonly RegExp[]): DraftWarning[] {
  const found: DraftWarning[] = [];
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      found.push({ code, message: MESSAGES[code], start: m.index, end: m.index + m[0].length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export interface Span {
  start: number;
  end: number;
}

/** Sentences with their offsets: split after . ! ? (and … ) followed by space, and at line ends. */
function sentences(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^.!?…\n]+(?:[.!?…]+|$)/gmu;
  for (const m of text.matchAll(re)) {
    const lead = m[0].length - m[0].trimStart().length;
    const s = m[0].trim();
    if (s) out.push({ start: m.index + lead, end: m.index + lead + s.length });
  }
  return out;
}

/** The sentences that ask for something: questions (bar small talk) and request phrases. */
export function findAsks(text: string): Span[] {
  return sentences(text).filter(({ start, end }) => {
    const s = text.slice(start, end);
    if (s.endsWith('?')) return !PLEASANTRY_RE.test(s);
    return REQUEST_RE.test(s);
  });
}

export function hasTimeBox(text: string): boolean {
  return TIME_BOX_RE.test(text);
}

/** Checks a draft against the method (docs/product.md, "The method") and LinkedIn's limits; [] when all is well. */
export function checkDraft(text: string, options: CheckOptions): DraftWarning[] {
  if (text.trim() === '') return [{ code: 'empty', message: MESSAGES.empty, start: 0, end: text.length }];
  const warnings: DraftWarning[] = [
    ...phraseWarnings(text, 'informational-interview', INFORMATIONAL_RE),
    ...phraseWarnings(text, 'pick-your-brain', PICK_BRAIN_RE),
  ];
  if (options.firstMessage ?? true) warnings.push(...dedupe(phraseWarnings(text, 'job-ask', JOB_ASK_RE)));

  const asks = findAsks(text);
  const second = asks[1];
  const last = asks[asks.length - 1];
  if (second && last) {
    warnings.push({ code: 'several-asks', message: MESSAGES['several-asks'], start: second.start, end: last.end });
  }
  if (!hasTimeBox(text)) {
    warnings.push({ code: 'no-time-box', message: MESSAGES['no-time-box'], start: 0, end: text.length });
  }

  const limit = limitFor(options.kind, options.noteLimit);
  if (limit !== null && countCharacters(text) > limit) {
    // The offset of the first code point past the limit, in UTF-16 units.
    const start = [...text].slice(0, limit).join('').length;
    warnings.push({ code: 'too-long', message: MESSAGES['too-long'], start, end: text.length });
  }
  return warnings;
}

/** Overlapping job-ask patterns ("any open roles" and "open roles") should mark one place once. */
function dedupe(warnings: DraftWarning[]): DraftWarning[] {
  const out: DraftWarning[] = [];
  for (const w of warnings) {
    const prev = out[out.length - 1];
    if (prev && w.start < prev.end) prev.end = Math.max(prev.end, w.end);
    else out.push(w);
  }
  return out;
}
