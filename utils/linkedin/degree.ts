// How the person on the top card is connected to the user: 1st, 2nd or 3rd degree, as the card
// shows it, or null when it does not say plainly. Fifteen uses it to notice that an invitation was
// accepted (a 1st-degree connection now), so a wrong "1st" would tell the user a yes that never
// came: confident or silent (docs/linkedin-pages.md).
import { clean, isHidden, textOf, visibleAll } from './dom';
import { css } from './selectors';

export type Degree = 1 | 2 | 3;

// "· 2nd", "2nd", "3rd+", and the French "1er" / "2e" / "3e et +".
const LABEL = /^[·•]?\s*(1st|2nd|3rd|1er|2e|3e)(?:\+|\s*et\s*\+)?$/i;

/**
 * A line that is only a degree label, in any form a card shows ("· 2nd", "3rd+", "· 3e et +",
 * "2."): never a headline or a company. Wider than LABEL, which must also say which degree.
 */
const DEGREE_LINE = /^[·•]?\s*(?:1st|2nd|3rd|\d+th|1er|2e|3e|\d\.|\d)(?:\+|\s*et\s*\+)?\s*$/i;
export const isDegreeLine = (text: string): boolean => DEGREE_LINE.test(text);

function degreeOf(text: string): Degree | null {
  const m = LABEL.exec(clean(text));
  if (!m) return null;
  const d = Number.parseInt(m[1]!, 10);
  return d === 1 || d === 2 || d === 3 ? d : null;
}

/**
 * A server-driven label wrapped on its own in a `display: contents` wrapper: how these pages
 * pre-render the label a person does not see ("· 1st" beside a visible "· 2nd", or the reverse),
 * hidden by a hashed class. The wrappers themselves are everywhere; one holding a lone label
 * beside another label is the tell.
 */
function prerendered(label: Element): boolean {
  const wrapper = label.parentElement;
  return wrapper !== null && wrapper.matches(css('sduiPrerendered')) && wrapper.childElementCount === 1;
}

/**
 * The degree the card shows: classic's `.dist-value` badge, or the server-driven label beside the
 * name (the pre-rendered other one set aside). A "1st" on a card that still offers Connect is not
 * believed.
 */
export function readDegree(card: Element, frontEnd: 'classic' | 'sdui'): Degree | null {
  const labels = (
    frontEnd === 'classic'
      ? Array.from(card.querySelectorAll(css('classicDegree'))).filter(
          (el) => !isHidden(el, card, { ariaHidden: false }),
        )
      : visibleAll(card, css('sduiParagraph'), card)
  ).filter((el) => degreeOf(textOf(el)) !== null);
  const shown = labels.length > 1 && frontEnd === 'sdui' ? labels.filter((el) => !prerendered(el)) : labels;
  const degrees = new Set(shown.map((el) => degreeOf(textOf(el))));
  if (degrees.size !== 1) return null;
  const [degree] = [...degrees] as [Degree];
  const connect = visibleAll(card, `${css('connectLink')}, ${css('classicConnectButton')}`, card);
  return degree === 1 && connect.length > 0 ? null : degree;
}
