// Loads the LinkedIn page fixtures for the happy-dom tests: parsed with DOMParser (no innerHTML),
// each with the address it was captured at (<meta name="fixture-url">).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURE_DIR = join(__dirname, '../../fixtures/linkedin');

export interface Fixture {
  name: string;
  html: string;
  doc: Document;
  url: URL;
  title: string;
}

export const fixtureNames: string[] = readdirSync(FIXTURE_DIR)
  .filter((f) => f.endsWith('.html'))
  .sort();

/**
 * happy-dom does not implement declarative shadow roots (<template shadowrootmode="open">),
 * which browsers attach while parsing. Do what the parser would: attach and move the content in.
 */
function attachDeclarativeShadowRoots(doc: Document): void {
  for (const template of Array.from(doc.querySelectorAll('template[shadowrootmode]'))) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const mode = template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open';
    const shadow = host.attachShadow({ mode });
    shadow.append((template as HTMLTemplateElement).content.cloneNode(true));
    template.remove();
  }
}

export function parseHtml(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  attachDeclarativeShadowRoots(doc);
  return doc;
}

export function loadFixture(name: string): Fixture {
  const file = name.endsWith('.html') ? name : `${name}.html`;
  const html = readFileSync(join(FIXTURE_DIR, file), 'utf8');
  const doc = parseHtml(html);
  const meta = doc.querySelector('meta[name="fixture-url"]')?.getAttribute('content');
  if (!meta) throw new Error(`${file}: missing <meta name="fixture-url">`);
  return { name: file.replace(/\.html$/, ''), html, doc, url: new URL(meta), title: doc.title };
}
