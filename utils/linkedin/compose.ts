// LinkedIn's own text boxes: the invitation note and the message composer. Finds them and fills
// them the way a person typing would, so LinkedIn's framework notices. Never clicks, never sends.
import { clean, visibleAll, visibleFirst } from './dom';
import { css } from './selectors';
import { slugFromHref } from './slug';

/** The roots to search: the page, plus the open shadow root LinkedIn mounts some overlays in. */
function searchRoots(root: ParentNode): ParentNode[] {
  const roots: ParentNode[] = [root];
  for (const host of Array.from(root.querySelectorAll(css('interopOutlet')))) {
    if (host.shadowRoot) roots.push(host.shadowRoot);
  }
  return roots;
}

function isTextArea(el: Element | null): el is HTMLTextAreaElement {
  return el !== null && el.tagName.toLowerCase() === 'textarea';
}

/** The note textarea of an open invitation dialog, or null. */
export function findNoteBox(root: ParentNode = document): HTMLTextAreaElement | null {
  for (const r of searchRoots(root)) {
    for (const dialog of visibleAll(r, css('dialog'))) {
      const box = visibleFirst(dialog, css('noteBox'));
      if (isTextArea(box)) return box;
    }
  }
  return null;
}

const COUNTER = /(?:^|[^\d])\d{1,3}\s*\/\s*(200|300)(?![\d])/;

/**
 * The note's character limit, read from the dialog's counter ("0/300"), else from the textarea's
 * maxlength: 200 on free accounts, 300 on Premium. Null when there is no open note box or no sign.
 */
export function readNoteLimit(root: ParentNode = document): 200 | 300 | null {
  const box = findNoteBox(root);
  if (!box) return null;
  const dialog = box.closest(css('dialog')) ?? box.parentElement;
  const m = COUNTER.exec(clean(dialog?.textContent));
  const limit = m ? Number(m[1]) : Number(box.getAttribute('maxlength'));
  return limit === 200 || limit === 300 ? limit : null;
}

/**
 * The visible message composer for the person `slug` (LinkedIn keeps other people's chat bubbles
 * open across pages: their header links to their profile), or, without a slug, the focused or
 * only one. When several are open and none is clearly theirs, null: better to ask than to put a
 * draft into the wrong conversation.
 */
export function findComposer(root: ParentNode = document, slug?: string): HTMLElement | null {
  const boxes: Element[] = [];
  for (const r of searchRoots(root)) boxes.push(...visibleAll(r, css('composer')));
  if (slug) {
    const theirs = boxes.filter((b) => composerPeople(b).includes(slug));
    if (theirs.length) return theirs[0] as HTMLElement;
    const anonymous = boxes.filter((b) => composerPeople(b).length === 0);
    return boxes.length === 1 && anonymous.length === 1 ? (boxes[0] as HTMLElement) : null;
  }
  const focused = boxes.find((b) => b.ownerDocument.activeElement === b || b.contains(b.ownerDocument.activeElement));
  return ((focused ?? boxes[0]) as HTMLElement | undefined) ?? null;
}

/** The profiles a composer's conversation bubble links to (its header names the other person). */
function composerPeople(box: Element): string[] {
  const bubble = box.closest(css('composerBubble')) ?? box.closest('form')?.parentElement;
  if (!bubble) return [];
  const slugs: string[] = [];
  for (const a of Array.from(bubble.querySelectorAll('a[href*="/in/"]'))) {
    const s = slugFromHref(a);
    if (s) slugs.push(s);
  }
  return slugs;
}

/** Whether the box already holds text the user typed (which Insert must not throw away). */
export function hasText(el: HTMLTextAreaElement | HTMLElement): boolean {
  return (el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? '')).trim() !== '';
}

function fire(target: Element, type: 'input' | 'change', data?: string): void {
  const event =
    type === 'input' && typeof InputEvent === 'function'
      ? new InputEvent('input', { bubbles: true, cancelable: false, inputType: 'insertText', data: data ?? null })
      : new Event(type, { bubbles: true });
  target.dispatchEvent(event);
}

/**
 * Puts `text` into the note textarea through the native value setter (bypassing the framework's
 * own value tracking), then fires bubbling `input` and `change` so LinkedIn updates its counter
 * and enables Send. Returns whether the textarea now holds the text.
 */
export function insertIntoNoteBox(textarea: HTMLTextAreaElement, text: string): boolean {
  textarea.focus();
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  if (setter) setter.call(textarea, text);
  else textarea.value = text;
  fire(textarea, 'input', text);
  fire(textarea, 'change');
  return textarea.value === text;
}

/**
 * Replaces the composer's contents with `text`, one paragraph per line. Uses the editing
 * commands a keyboard would (insertText / insertParagraph), which LinkedIn's editor listens to;
 * where execCommand is missing or refuses, builds the paragraphs itself and fires `input`.
 * Returns which way it went.
 */
export function insertIntoComposer(el: HTMLElement, text: string): 'exec-command' | 'dom' {
  const doc = el.ownerDocument;
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  el.focus();
  try {
    const selection = doc.getSelection?.();
    if (selection) {
      const range = doc.createRange();
      range.selectNodeContents(el);
      selection.removeAllRanges();
      selection.addRange(range);
    }
  } catch {
    // No selection API: execCommand will fail too, and the DOM path below takes over.
  }
  if (typeof doc.execCommand === 'function') {
    try {
      let ok = true;
      lines.forEach((line, i) => {
        if (!ok) return;
        if (i > 0) ok = doc.execCommand('insertParagraph', false);
        if (ok && line !== '') ok = doc.execCommand('insertText', false, line);
      });
      const lastLine = [...lines].reverse().find((l) => l.trim() !== '') ?? '';
      if (ok && clean(el.textContent).includes(clean(lastLine))) return 'exec-command';
    } catch {
      // Fall through to the DOM path.
    }
  }
  const paragraphs = lines.map((line) => {
    const p = doc.createElement('p');
    if (line === '') p.append(doc.createElement('br'));
    else p.textContent = line;
    return p;
  });
  el.replaceChildren(...paragraphs);
  fire(el, 'input', text);
  return 'dom';
}
