// docs/product.md, "Ground rules": no network request of any kind. A static net under the end-to-end one: the source of
// everything that is built (entrypoints, components, utils) holds no API that reaches the
// network and no address outside linkedin.com, comments aside (they may cite documentation).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..', '..');
const FOLDERS = ['entrypoints', 'components', 'utils'];
const EXTENSIONS = new Set(['.ts', '.tsx', '.js', '.mjs', '.css', '.html']);

const NETWORK_APIS: [string, RegExp][] = [
  ['fetch()', /\bfetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['importScripts', /\bimportScripts\s*\(/],
  ['<img src=http…>', /<img\b[^>]*\bsrc\s*=\s*\{?\s*["'`]?\s*(https?:)?\/\//i],
  ['@import url(…)', /@import\s+url\(/i],
  ['CSS url(http…)', /url\(\s*["']?\s*(https?:)?\/\//i],
];
const URL_RE = /https?:\/\/[^\s'"`)<>\\]+/g;
const ALLOWED_HOST = /^(www\.)?linkedin\.com$/;

/** The text with its comments blanked out (same length, so offsets still point at lines). */
function withoutComments(text: string, fileName: string): string {
  const ext = extname(fileName);
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  if (ext === '.css') return text.replace(/\/\*[\s\S]*?\*\//g, blank);
  if (ext === '.html') return text.replace(/<!--[\s\S]*?-->/g, blank);
  const kind = ext === '.tsx' ? ts.ScriptKind.TSX : ext === '.ts' ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const ranges = new Map<number, number>();
  const add = (rs: readonly ts.CommentRange[] | undefined) => rs?.forEach((r) => ranges.set(r.pos, r.end));
  const visit = (node: ts.Node) => {
    // JSX text may hold "//" that is no comment; its children are what matter.
    if (node.kind !== ts.SyntaxKind.JsxText) {
      add(ts.getLeadingCommentRanges(text, node.pos));
      add(ts.getTrailingCommentRanges(text, node.end));
    }
    node.getChildren(sf).forEach(visit);
  };
  visit(sf);
  let out = text;
  for (const [pos, end] of ranges) out = out.slice(0, pos) + blank(out.slice(pos, end)) + out.slice(end);
  return out;
}

/** What in one file could reach the network: "line N: what". */
function networkFindings(text: string, fileName: string): string[] {
  const code = withoutComments(text, fileName);
  const lineOf = (index: number) => code.slice(0, index).split('\n').length;
  const found: string[] = [];
  for (const [name, re] of NETWORK_APIS) {
    const m = new RegExp(re.source, `${re.flags}g`);
    for (const hit of code.matchAll(m)) found.push(`line ${lineOf(hit.index)}: ${name}`);
  }
  for (const hit of code.matchAll(URL_RE)) {
    let host = '';
    try {
      host = new URL(hit[0]).hostname;
    } catch {
      // not a URL after all: reported below as it is
    }
    if (!ALLOWED_HOST.test(host)) found.push(`line ${lineOf(hit.index)}: address ${hit[0]}`);
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return EXTENSIONS.has(extname(name)) ? [path] : [];
  });
}

describe('no network (static)', () => {
  const files = FOLDERS.flatMap((f) => sourceFiles(join(ROOT, f)));

  it('scans the built source: a good number of files in each folder', () => {
    for (const folder of FOLDERS)
      expect(files.filter((f) => relative(ROOT, f).startsWith(`${folder}/`)).length, folder).toBeGreaterThan(3);
  });

  it('finds no network API and no address outside linkedin.com in any of them', () => {
    const findings = files.flatMap((f) =>
      networkFindings(readFileSync(f, 'utf8'), f).map((x) => `${relative(ROOT, f)} ${x}`),
    );
    expect(findings).toEqual([]);
  });

  it('the scanner catches each kind, and lets comments and LinkedIn addresses be', () => {
    const bad = [
      "const r = await fetch('/api');",
      'const x = new XMLHttpRequest();',
      "new WebSocket('wss://example.com');",
      "new EventSource('/events');",
      "navigator.sendBeacon('/b', data);",
      'const img = <img src="https://cdn.example.com/a.png" />;',
      "const u = 'http://tracker.example.net/p';",
    ];
    for (const line of bad) expect(networkFindings(line, 'x.tsx'), line).not.toEqual([]);
    expect(networkFindings("@import url('https://fonts.example.com/x.css');", 'x.css')).toHaveLength(3);
    expect(networkFindings('.a { background: url(//cdn.example.com/bg.png); }', 'x.css')).toEqual([
      'line 1: CSS url(http…)',
    ]);
    expect(networkFindings('<link rel="stylesheet" href="https://fonts.example.com/x.css">', 'x.html')).toEqual([
      'line 1: address https://fonts.example.com/x.css',
    ]);
    const fine = [
      "const feed = 'https://www.linkedin.com/feed/';",
      '// See https://developer.mozilla.org/docs/Web/API/fetch — we never call fetch() here.',
      '/** Like https://wxt.dev/guide: nothing fetched. */ const a = 1;',
      'const url = `https://www.linkedin.com/in/${slug}/`;',
      'const t = <p>Visit linkedin.com</p>; // https://example.com in a comment',
    ];
    for (const line of fine) expect(networkFindings(line, 'x.tsx'), line).toEqual([]);
    expect(networkFindings('/* https://example.com */ .a { color: red; }', 'x.css')).toEqual([]);
    expect(networkFindings('<!-- https://example.com --><p>hi</p>', 'x.html')).toEqual([]);
  });
});
