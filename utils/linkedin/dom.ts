// Small, defensive DOM helpers shared by the LinkedIn readers: visibility, text and profile links.
// Pure functions of the nodes they are given; nothing here knows LinkedIn's class names.

/**
 * Collapses runs of whitespace as a browser renders them (plus non-breaking and zero-width
 * spaces) and trims. Not JavaScript's \s: an ideographic space (U+3000) in a Japanese headline is
 * text the person wrote and sees.
 */
export function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/[ \t\n\r\f\v\u00a0\u200b\u2028\u2029\ufeff]+/g, ' ').trim();
}

function hiddenByItself(el: Element, ariaHidden: boolean): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (ariaHidden && el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  return false;
}

/**
 * True when the element, or an ancestor (up to and excluding `stop`), is hidden: the `hidden`
 * attribute, aria-hidden="true" (unless `ariaHidden` is false: classic shows its texts in
 * span[aria-hidden="true"] beside a screen-reader copy), or an inline display:none / visibility:hidden. In a live page
 * `checkVisibility()` also catches elements hidden by LinkedIn's stylesheets (pre-rendered
 * duplicates carry a hashed class with display:none).
 */
export function isHidden(
  el: Element,
  stop?: Node | null,
  { ariaHidden = true }: { ariaHidden?: boolean } = {},
): boolean {
  for (let node: Element | null = el; node && node !== stop; node = node.parentElement) {
    if (hiddenByItself(node, ariaHidden)) return true;
  }
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (typeof check === 'function' && el.isConnected && el.ownerDocument?.defaultView) {
    try {
      if (!check.call(el)) return true;
    } catch {
      // Not supported by this engine: the attribute checks above stand.
    }
  }
  return false;
}

/** The first element matching `selector` whose text is on screen (aria-hidden copies count). */
export function visibleTextFirst(root: ParentNode, selector: string, stop?: Node | null): Element | null {
  for (const el of Array.from(root.querySelectorAll(selector))) {
    if (!isHidden(el, stop, { ariaHidden: false })) return el;
  }
  return null;
}

/** Visible elements matching `selector` under `root`. */
export function visibleAll(root: ParentNode, selector: string, stop?: Node | null): Element[] {
  return Array.from(root.querySelectorAll(selector)).filter((el) => !isHidden(el, stop));
}

/** The first visible element matching `selector` under `root`, or null. */
export function visibleFirst(root: ParentNode, selector: string, stop?: Node | null): Element | null {
  for (const el of Array.from(root.querySelectorAll(selector))) {
    if (!isHidden(el, stop)) return el;
  }
  return null;
}

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);
const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript']);

function hasVisibleTwin(e: Element): boolean {
  return Array.from(e.parentElement?.children ?? []).some((c) => c !== e && c.getAttribute('aria-hidden') === 'true');
}

/**
 * The element's text as a reader sees it, read once: where classic markup repeats a text as
 * `span[aria-hidden="true"]` + `span.visually-hidden`, only the aria-hidden copy is read;
 * elements hidden with `hidden` or an inline display:none are skipped; block elements separate
 * words, inline ones do not (so "<span>Pri</span><span>ya</span>" stays "Priya").
 */
export function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        parts.push(child.nodeValue ?? '');
        continue;
      }
      if (child.nodeType !== 1) continue;
      const e = child as Element;
      const tag = e.tagName.toLowerCase();
      if (SKIPPED_TAGS.has(tag) || e.hasAttribute('hidden')) continue;
      const style = e.getAttribute('style');
      if (style && /(^|;)\s*display\s*:\s*none/i.test(style)) continue;
      // Read the screen-reader copy only when there is no visible copy beside it.
      if (e.classList.contains('visually-hidden') && hasVisibleTwin(e)) continue;
      const block = BLOCK_TAGS.has(tag);
      if (block) parts.push(' ');
      walk(e);
      if (block) parts.push(' ');
    }
  };
  walk(el);
  return clean(parts.join(''));
}

/** Parses an href against linkedin.com; null when it is not a URL. */
export function hrefUrl(el: Element): URL | null {
  const href = el.getAttribute('href');
  if (!href) return null;
  try {
    return new URL(href, 'https://www.linkedin.com/');
  } catch {
    return null;
  }
}

/** Lowest common ancestor of the given elements (the parent, for a single element), or null. */
export function commonAncestor(elements: readonly Element[]): Element | null {
  const [first, ...rest] = elements;
  if (!first) return null;
  if (rest.length === 0) return first.parentElement;
  let candidate: Element | null = first;
  while (candidate) {
    const c: Element = candidate;
    if (rest.every((el) => c.contains(el))) return c;
    candidate = c.parentElement;
  }
  return null;
}
