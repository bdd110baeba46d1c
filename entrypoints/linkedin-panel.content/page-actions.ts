// What the panel does to the page: puts a draft into LinkedIn's note box or message composer for
// this person, and copies a draft to the clipboard.
import type { MessageKind } from '@/utils/domain/model';
import { findComposer, findNoteBox, hasText, insertIntoComposer, insertIntoNoteBox } from '@/utils/linkedin/compose';

/** Puts the text into LinkedIn's open note box, or the message box for the profile `slug`. */
export function insertIntoPage(text: string, kind: MessageKind, slug: string): 'inserted' | 'no-box' | 'not-empty' {
  // Never over text the user typed themselves: they keep it, and can copy the draft instead.
  if (kind === 'note') {
    const box = findNoteBox(document);
    if (!box) return 'no-box';
    return hasText(box) ? 'not-empty' : insertIntoNoteBox(box, text) ? 'inserted' : 'no-box';
  }
  const composer = findComposer(document, slug);
  if (!composer) return 'no-box';
  if (hasText(composer)) return 'not-empty';
  insertIntoComposer(composer, text);
  return 'inserted';
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Some pages or browsers refuse the async clipboard; a selected textarea still copies.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}
