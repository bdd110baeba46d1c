import { describe, it, expect } from 'vitest';
import {
  checkDraft,
  countCharacters,
  findAsks,
  hasTimeBox,
  limitFor,
  type CheckOptions,
} from '../../../utils/domain/checks';

const NOTE: CheckOptions = { kind: 'note', noteLimit: 200 };
const MESSAGE: CheckOptions = { kind: 'message', noteLimit: 200 };
const GOOD = 'Hi Priya, would you have 15 minutes for a coffee to talk about what you do?';

const codes = (text: string, options: CheckOptions = MESSAGE) => checkDraft(text, options).map((w) => w.code);
/** The text each warning of `code` points at. */
const marked = (text: string, code: string, options: CheckOptions = MESSAGE) =>
  checkDraft(text, options)
    .filter((w) => w.code === code)
    .map((w) => text.slice(w.start, w.end));

describe('checkDraft', () => {
  it('has nothing to say about a good draft', () => {
    expect(checkDraft(GOOD, NOTE)).toEqual([]);
  });

  it('flags an empty draft, and only that', () => {
    expect(codes('')).toEqual(['empty']);
    expect(checkDraft('  \n ', NOTE)).toEqual([{ code: 'empty', message: 'The draft is empty.', start: 0, end: 4 }]);
  });

  it('flags "informational interview" and its variants where they are', () => {
    const text = 'Hi! Could we do an informational interview? 15 minutes.';
    const [w] = checkDraft(text, MESSAGE).filter((x) => x.code === 'informational-interview');
    expect(w && text.slice(w.start, w.end)).toBe('informational interview');
    expect(w?.message).toMatch(/put on the spot.*15 minutes/);
    for (const phrase of ['Informational Interviews', 'info interview', 'an info-interview', 'information interview']) {
      expect(codes(`${phrase} for 15 minutes`)).toContain('informational-interview');
    }
  });

  it('flags "I.I." always but never a bare "II"', () => {
    expect(marked('Would you do a quick I.I. for 15 minutes?', 'informational-interview')).toEqual(['I.I.']);
    expect(marked('An I. I. of 15 min?', 'informational-interview')).toEqual(['I. I.']);
    expect(codes('Hi Henry II, 15 minutes for coffee?')).not.toContain('informational-interview');
    expect(codes('Can we do an II? 15 minutes.')).not.toContain('informational-interview');
    expect(codes('I worked on project M.I.I.T. for 15 minutes')).not.toContain('informational-interview');
  });

  it('flags "pick your brain" in its forms', () => {
    expect(marked("I'd love to pick your brain for 15 minutes.", 'pick-your-brain')).toEqual(['pick your brain']);
    expect(codes('Thanks for picking your brain, 15 min')).toContain('pick-your-brain');
    expect(codes('A bit of brain-picking, 15 min')).toContain('pick-your-brain');
    expect(codes('I picked up your book, 15 min')).not.toContain('pick-your-brain');
  });

  it('flags a job ask in a first message', () => {
    const asks = [
      'Are you hiring?',
      'Is your team hiring right now?',
      'Are there any openings at Stripe?',
      'I saw the job opening on your site.',
      'Do you have open roles?',
      'Any open positions?',
      'Could you refer me?',
      "I'd love your referral for the PM role.",
      "I'm looking for a job.",
      'Please hire me.',
      'Would you pass along my résumé?',
    ];
    for (const ask of asks)
      expect({ ask, codes: codes(`${ask} 15 minutes.`) }).toEqual({ ask, codes: expect.arrayContaining(['job-ask']) });
    expect(marked('Hi! Are you hiring? 15 minutes.', 'job-ask')).toEqual(['Are you hiring']);
  });

  it('marks overlapping job phrases once', () => {
    expect(marked('Any job openings? 15 minutes.', 'job-ask')).toEqual(['Any job openings']);
  });

  it('does not mistake ordinary talk for a job ask', () => {
    for (const text of [
      'I loved your talk on your current role at Stripe. 15 minutes?',
      'I left a job I loved to retrain. 15 minutes?',
      'You did a great job on the launch. 15 minutes?',
      'Could you refer me to someone in marketing? 15 minutes.',
      "I'd love to hear how the team works. 15 minutes?",
    ]) {
      expect({ text, codes: codes(text) }).toEqual({ text, codes: expect.not.arrayContaining(['job-ask']) });
    }
  });

  it('leaves job talk alone later in a conversation', () => {
    expect(codes('Is your team hiring? 15 minutes.', { ...MESSAGE, firstMessage: false })).not.toContain('job-ask');
  });

  it('flags more than one ask, pointing at the extra ones', () => {
    const text = 'Would you have 15 minutes for a coffee? Could you also introduce me to your manager?';
    expect(marked(text, 'several-asks')).toEqual(['Could you also introduce me to your manager?']);
    expect(codes('Would you have 15 minutes? What is your favourite book?')).toContain('several-asks');
    expect(codes("Would you have 15 minutes? I'd love it if you could share your deck too.")).toContain('several-asks');
  });

  it('counts a question with a request phrase as one ask, and small talk as none', () => {
    expect(codes('Could you spare 15 minutes for a coffee?')).not.toContain('several-asks');
    expect(codes('Hi Priya, how are you? Would you have 15 minutes for a coffee?')).not.toContain('several-asks');
    expect(codes("Would you have 15 minutes? I'd love to hear how you got there.")).not.toContain('several-asks');
  });

  it('flags a missing time box over the whole text', () => {
    const text = 'Would you have time for a coffee?';
    expect(checkDraft(text, NOTE)).toEqual([
      { code: 'no-time-box', message: expect.stringContaining('15 minutes') as string, start: 0, end: text.length },
    ]);
  });

  it('accepts the usual ways of saying a short time', () => {
    for (const t of [
      '15 minutes',
      '15-minute',
      '15 min',
      '15min',
      'fifteen minutes',
      'Fifteen-minute',
      'a quick 10–20 min',
      '10-15 minutes',
      '20 mins',
      'half an hour',
    ]) {
      expect({ t, ok: hasTimeBox(`Coffee for ${t}?`) }).toEqual({ t, ok: true });
    }
    for (const t of ['a few minutes', 'some time', 'minutes of fame', 'in 2026'])
      expect(hasTimeBox(`Coffee for ${t}?`)).toBe(false);
  });

  it('flags a note over its limit, marking the overflow', () => {
    const text = `${GOOD} ${'x'.repeat(200 - GOOD.length - 1)}OVER`;
    expect(countCharacters(text)).toBe(204);
    expect(marked(text, 'too-long', NOTE)).toEqual(['OVER']);
    expect(codes(text, { kind: 'note', noteLimit: 300 })).not.toContain('too-long');
    expect(codes(text, MESSAGE)).not.toContain('too-long');
  });

  it('counts the limit in code points and marks the overflow in UTF-16 offsets', () => {
    const text = `${GOOD} ${'😀'.repeat(200 - GOOD.length - 1)}é!`;
    expect(text.length).toBeGreaterThan(countCharacters(text));
    const [w] = checkDraft(text, NOTE).filter((x) => x.code === 'too-long');
    expect(w && text.slice(w.start, w.end)).toBe('é!');
  });

  it('limits messages to 8000 characters and emails not at all', () => {
    const long = `${GOOD} ${'y'.repeat(8000)}`;
    expect(codes(long, MESSAGE)).toContain('too-long');
    expect(codes(long, { kind: 'email', noteLimit: 200 })).not.toContain('too-long');
  });

  it('matches curly apostrophes in request phrases', () => {
    expect(codes('Would you have 15 minutes? I’d love it if you could send your CV template.')).toContain(
      'several-asks',
    );
  });
});

describe('findAsks', () => {
  it('finds question sentences and request sentences, with their places', () => {
    const text = 'Hi Priya.\nWould you have 15 minutes? Thanks!\nLet me know if that works.';
    expect(findAsks(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Would you have 15 minutes?',
      'Let me know if that works.',
    ]);
  });
});

describe('countCharacters and limitFor', () => {
  it('counts code points, like LinkedIn', () => {
    expect(countCharacters('Priya')).toBe(5);
    expect(countCharacters('😀')).toBe(1);
    expect('😀'.length).toBe(2);
    expect(countCharacters('日本語')).toBe(3);
  });

  it('gives each kind its limit', () => {
    expect(limitFor('note', 200)).toBe(200);
    expect(limitFor('note', 300)).toBe(300);
    expect(limitFor('message', 200)).toBe(8000);
    expect(limitFor('email', 300)).toBeNull();
  });
});
