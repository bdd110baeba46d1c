// A stand-in for LinkedIn's single-page app, built from the fixtures: one served document that
// holds every fixture's body in a <template>, and a navigate() that does what LinkedIn does —
// history.pushState, then (after a delay, sometimes after a skeleton) the new screen replaces the
// whole body. No HTML strings are parsed in the page, so it runs under Trusted Types.
import { fixture } from './harness.mjs';

const bodyOf = (html) => /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '';
const titleOf = (html) => /<title>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '';
const urlOf = (html) => /<meta name="fixture-url" content="([^"]+)"/.exec(html)?.[1];
const htmlClassOf = (html) => /<html[^>]*class="([^"]*)"/i.exec(html)?.[1] ?? '';

/** Fixture names → { path, html, title } */
export function screens(names) {
  return Object.fromEntries(
    names.map((name) => {
      const html = fixture(name);
      const url = urlOf(html);
      if (!url) throw new Error(`fixture ${name} has no fixture-url meta`);
      const u = new URL(url);
      return [name, { path: u.pathname + u.search, html, title: titleOf(html) }];
    }),
  );
}

/**
 * The document served for `first`, carrying every screen as a template. Serve it at every
 * screen's path, so a reload anywhere works too.
 */
export function spaDocument(all, first) {
  const start = all[first];
  const templates = Object.entries(all)
    .map(
      ([name, s]) =>
        `<template data-screen="${name}" data-title="${s.title.replace(/"/g, '&quot;')}" data-html-class="${htmlClassOf(s.html)}">${bodyOf(s.html)}</template>`,
    )
    .join('\n');
  return start.html.replace(/<\/body>/i, `${templates}\n</body>`);
}

/**
 * Navigates in-page like LinkedIn: pushState now, the new screen `delay` ms later (with an empty
 * skeleton main in between when `skeleton` is set). Templates stay in the body.
 */
export async function navigate(page, all, name, { delay = 0, skeleton = false } = {}) {
  const s = all[name];
  await page.evaluate(
    ({ name, path, delay, skeleton }) => {
      const keep = [...document.querySelectorAll('template[data-screen]')];
      const show = () => {
        const t = keep.find((x) => x.dataset.screen === name);
        document.title = t.dataset.title;
        document.body.replaceChildren(t.content.cloneNode(true), ...keep);
      };
      history.pushState({}, '', path);
      if (skeleton) {
        const main = document.createElement('main');
        main.className = 'scaffold-layout__main skeleton';
        document.body.replaceChildren(main, ...keep);
      }
      if (delay > 0) setTimeout(show, delay);
      else show();
    },
    { name, path: s.path, delay, skeleton },
  );
}

/** Text of an element inside the helper's shadow root, or null. */
export function helperText(page, testid) {
  return page.evaluate((testid) => {
    const hosts = document.querySelectorAll('fifteen-helper');
    if (hosts.length !== 1) return null;
    return hosts[0].shadowRoot?.querySelector(`[data-testid="${testid}"]`)?.textContent ?? null;
  }, testid);
}

export function helperCount(page) {
  return page.evaluate(() => document.querySelectorAll('fifteen-helper').length);
}

/** Clicks an element inside the helper's shadow root. */
export function clickInHelper(page, testid) {
  return page.evaluate((testid) => {
    const el = document.querySelector('fifteen-helper')?.shadowRoot?.querySelector(`[data-testid="${testid}"]`);
    if (!el) throw new Error(`no ${testid} in the helper`);
    el.click();
  }, testid);
}

/**
 * The classic-profile fixture's page (dressed or not) once Priya accepted the invitation: her badge
 * reads "· 1st" and the card offers no Connect. Throws if the fixture no longer has what it changes.
 */
export function asFirstDegree(html) {
  const out = html
    .replace('<span class="dist-value">· 2nd</span>', '<span class="dist-value">· 1st</span>')
    .replace(/<button aria-label="Invite Priya Raman to connect" id="ember60"[^]*?<\/button>/, '');
  if (out === html || /id="ember60"/.test(out) || !/· 1st/.test(out))
    throw new Error('asFirstDegree: the classic-profile fixture changed');
  return out;
}
