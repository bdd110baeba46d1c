// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  findComposer,
  hasText,
  findNoteBox,
  insertIntoComposer,
  insertIntoNoteBox,
  readNoteLimit,
} from '../../../utils/linkedin/compose';
import { fixtureNames, loadFixture } from './fixtures';

afterEach(() => {
  document.body.replaceChildren();
});

describe('findNoteBox / readNoteLimit', () => {
  it('classic dialog: textarea#custom-message, limit 300 from the counter', () => {
    const f = loadFixture('invite-dialog');
    const box = findNoteBox(f.doc);
    expect(box?.id).toBe('custom-message');
    expect(readNoteLimit(f.doc)).toBe(300);
  });

  it('SDUI: inside the open shadow root of div#interop-outlet, limit 200', () => {
    const f = loadFixture('sdui-invite-in-shadow');
    const box = findNoteBox(f.doc);
    expect(box).not.toBeNull();
    expect(box!.getRootNode()).toBe(f.doc.getElementById('interop-outlet')!.shadowRoot);
    expect(readNoteLimit(f.doc)).toBe(200);
  });

  it.each(fixtureNames.filter((n) => !/invite/.test(n)))('%s: no note box, no limit', (name) => {
    const f = loadFixture(name);
    expect(findNoteBox(f.doc)).toBeNull();
    expect(readNoteLimit(f.doc)).toBeNull();
  });

  it('ignores a note textarea outside any dialog, and one in a hidden dialog', () => {
    const f = loadFixture('invite-dialog');
    const dialog = f.doc.querySelector('[role="dialog"]')!;
    dialog.setAttribute('hidden', '');
    expect(findNoteBox(f.doc)).toBeNull();
    dialog.removeAttribute('hidden');
    dialog.removeAttribute('role');
    dialog.classList.remove('send-invite');
    expect(findNoteBox(f.doc)).toBeNull();
  });

  it('finds textarea[name=message] in dialog[open], limit from maxlength without a counter', () => {
    const dialog = document.createElement('dialog');
    dialog.setAttribute('open', '');
    const ta = document.createElement('textarea');
    ta.name = 'message';
    ta.setAttribute('maxlength', '200');
    dialog.append(ta);
    document.body.append(dialog);
    expect(findNoteBox()).toBe(ta);
    expect(readNoteLimit()).toBe(200);
  });

  it('reads no limit from an unexpected counter', () => {
    const f = loadFixture('invite-dialog');
    f.doc.querySelector('.text-align-right')!.textContent = '0/500';
    f.doc.querySelector('textarea')!.removeAttribute('maxlength');
    expect(readNoteLimit(f.doc)).toBeNull();
  });
});

describe('insertIntoNoteBox', () => {
  it('sets the value through the native setter and fires bubbling input and change', () => {
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    const ta = document.createElement('textarea');
    ta.id = 'custom-message';
    dialog.append(ta);
    document.body.append(dialog);
    // A framework-style tracker on the instance: a plain assignment would only reach this.
    let tracked = '';
    Object.defineProperty(ta, 'value', {
      configurable: true,
      get: () => Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.get!.call(ta),
      set: (v: string) => {
        tracked = v;
      },
    });
    const seen: string[] = [];
    document.body.addEventListener('input', (e) => seen.push(`input:${(e.target as HTMLTextAreaElement).value}`));
    document.body.addEventListener('change', () => seen.push('change'));
    expect(insertIntoNoteBox(ta, 'Hi Priya — 15 minutes?')).toBe(true);
    expect(tracked).toBe('');
    expect(ta.value).toBe('Hi Priya — 15 minutes?');
    expect(seen).toEqual(['input:Hi Priya — 15 minutes?', 'change']);
  });
});

describe('findComposer', () => {
  it('the visible composer of the message overlay, not the minimised one', () => {
    const f = loadFixture('messaging-composer');
    const el = findComposer(f.doc);
    expect(el).not.toBeNull();
    expect(el!.closest('form')!.hasAttribute('hidden')).toBe(false);
    expect(el!.getAttribute('role')).toBe('textbox');
  });

  it.each(fixtureNames.filter((n) => n !== 'messaging-composer.html'))('%s: none', (name) => {
    expect(findComposer(loadFixture(name).doc)).toBeNull();
  });
});

function composer(): HTMLElement {
  const el = document.createElement('div');
  el.className = 'msg-form__contenteditable';
  el.setAttribute('contenteditable', 'true');
  el.setAttribute('role', 'textbox');
  const p = document.createElement('p');
  p.append(document.createElement('br'));
  el.append(p);
  document.body.append(el);
  return el;
}

describe('insertIntoComposer', () => {
  it('without execCommand: one <p> per line (text, not markup) and a bubbling input event', () => {
    const el = composer();
    const inputs: Event[] = [];
    document.body.addEventListener('input', (e) => inputs.push(e));
    expect(insertIntoComposer(el, 'Hi <b>Priya</b>,\n\nWould you have 15 minutes?')).toBe('dom');
    const ps = Array.from(el.children);
    expect(ps.map((p) => p.tagName)).toEqual(['P', 'P', 'P']);
    expect(ps.map((p) => p.textContent)).toEqual(['Hi <b>Priya</b>,', '', 'Would you have 15 minutes?']);
    expect(el.querySelector('b')).toBeNull();
    expect(ps[1]!.firstElementChild?.tagName).toBe('BR');
    expect(inputs).toHaveLength(1);
  });

  it('with execCommand: insertText per line, insertParagraph between lines', () => {
    const el = composer();
    const calls: string[] = [];
    const exec = vi.fn((cmd: string, _ui?: boolean, value?: string) => {
      calls.push(value === undefined ? cmd : `${cmd}:${value}`);
      if (cmd === 'insertText') el.append(document.createTextNode(value ?? ''));
      return true;
    });
    Object.defineProperty(document, 'execCommand', { configurable: true, value: exec });
    try {
      expect(insertIntoComposer(el, 'Hi Priya,\n\nCoffee?')).toBe('exec-command');
      expect(calls).toEqual(['insertText:Hi Priya,', 'insertParagraph', 'insertParagraph', 'insertText:Coffee?']);
    } finally {
      delete (document as { execCommand?: unknown }).execCommand;
    }
  });

  it('falls back to the DOM when execCommand refuses, replacing any partial insert', () => {
    const el = composer();
    const exec = vi.fn((cmd: string, _ui?: boolean, value?: string) => {
      if (cmd === 'insertText') el.append(document.createTextNode(value ?? ''));
      return cmd !== 'insertParagraph';
    });
    Object.defineProperty(document, 'execCommand', { configurable: true, value: exec });
    try {
      expect(insertIntoComposer(el, 'Hi Priya,\nCoffee?')).toBe('dom');
      expect(Array.from(el.children).map((p) => p.textContent)).toEqual(['Hi Priya,', 'Coffee?']);
      expect(el.textContent).toBe('Hi Priya,Coffee?');
    } finally {
      delete (document as { execCommand?: unknown }).execCommand;
    }
  });

  it('never clicks anything', () => {
    const f = loadFixture('messaging-composer');
    const clicks = vi.fn();
    f.doc.addEventListener('click', clicks, true);
    const el = findComposer(f.doc)!;
    insertIntoComposer(el, 'Hello');
    expect(clicks).not.toHaveBeenCalled();
    expect(f.doc.querySelector('.msg-form__send-button')!.hasAttribute('disabled')).toBe(true);
  });
});

describe('findComposer for one person', () => {
  it("picks the chat bubble whose header links to the person, not someone else's", () => {
    const f = loadFixture('messaging-composer');
    expect(findComposer(f.doc, 'priya-raman')?.closest('.msg-overlay-conversation-bubble')?.textContent).toContain(
      'Priya Raman',
    );
    expect(findComposer(f.doc, 'marcus-oyelaran')).toBeNull();
  });
  it('says whether a box already holds text the user typed', () => {
    const f = loadFixture('messaging-composer');
    const box = findComposer(f.doc, 'priya-raman')!;
    expect(hasText(box)).toBe(false);
    box.append(f.doc.createTextNode('Hello'));
    expect(hasText(box)).toBe(true);
  });
});
