// End-to-end harness: launches real Chromium or Firefox with the built extension installed,
// opens its pages, and serves LinkedIn pages at their real address from a route table, with
// LinkedIn's Trusted Types policy and no network at all.
//
// Two nets catch any request the extension makes (docs/product.md: it makes none):
//   - on a LinkedIn page, request interception answers the routes and aborts everything else,
//     recording it in `blocked` (content scripts' requests go through the page);
//   - for the whole browser, a local proxy that refuses every request and records it in
//     `outsideRequests()` (the background, the popup and the options page go through it).
// Test pages must load nothing from outside, so whatever is recorded came from the extension.
import puppeteer from 'puppeteer-core';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const BROWSERS = {
  chromium: {
    executablePath: process.env.FIFTEEN_CHROMIUM ?? '/usr/bin/chromium',
    package: 'chromium',
    outputDir: join(ROOT, '.output', 'chrome-mv3'),
  },
  firefox: {
    executablePath: process.env.FIFTEEN_FIREFOX ?? '/usr/bin/firefox-esr',
    package: 'firefox-esr',
    outputDir: join(ROOT, '.output', 'firefox-mv3'),
  },
};

export const FIREFOX_ADDON_ID = 'fifteen@fifteen-coffee.app';
/** Fixed so that moz-extension:// URLs are known before install (Firefox picks a random one). */
export const FIREFOX_UUID = '15c0ffee-0015-4f15-8015-00000000f15e';

export const LINKEDIN_ORIGIN = 'https://www.linkedin.com';
/**
 * LinkedIn enforces Trusted Types: an HTML-string sink (innerHTML, insertAdjacentHTML, …) throws
 * unless a named policy made the value. Content scripts write into the same DOM, so a stray
 * innerHTML in the helper breaks on the real site; `'none'` is the strictest form of that rule.
 */
export const LINKEDIN_CSP = "require-trusted-types-for 'script'; trusted-types 'none'";

const LAUNCH_TIMEOUT_MS = 60_000;
const CLOSE_TIMEOUT_MS = 10_000;

/** The browser kind the current test process is for (set by tests/e2e/run.mjs). */
export function currentBrowserKind() {
  const kind = process.env.FIFTEEN_BROWSER ?? 'chromium';
  if (!(kind in BROWSERS))
    throw new Error(`FIFTEEN_BROWSER=${kind}: expected one of ${Object.keys(BROWSERS).join(', ')}`);
  return kind;
}

export function browserAvailable(kind) {
  return existsSync(BROWSERS[kind].executablePath);
}

/** The built manifest of one browser's output folder. */
export function builtManifest(kind) {
  return JSON.parse(readFileSync(join(BROWSERS[kind].outputDir, 'manifest.json'), 'utf8'));
}

/** A page snapshot from tests/fixtures/linkedin/<name>.html. */
export function fixture(name) {
  return readFileSync(join(ROOT, 'tests', 'fixtures', 'linkedin', `${name}.html`), 'utf8');
}

/** A minimal profile page with no outside resources, for tests that need any profile. */
export function minimalProfilePage({ name = 'Priya Raman', headline = 'Senior Product Manager at Stripe' } = {}) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${name} | LinkedIn</title></head>
<body><main class="scaffold-layout__main">
  <section class="artdeco-card">
    <h1 class="text-heading-xlarge">${name}</h1>
    <div class="text-body-medium break-words">${headline}</div>
    <div class="pvs-profile-actions">
      <button type="button" aria-label="Invite ${name} to connect">Connect</button>
      <button type="button">Message</button>
      <button type="button" aria-label="More actions">More</button>
    </div>
  </section>
</main></body></html>`;
}

/** Races a promise against a timeout, with a message that says what was being waited for. */
export async function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Polls `fn` in the page until it returns true. Unlike page.waitForFunction / waitForSelector,
 * it survives Firefox's WebDriver BiDi failing an evaluation while an extension page's realm is
 * being replaced ("right-hand side of 'in' should be an object, got null"), which otherwise
 * fails a wait on moz-extension:// pages at random.
 */
export async function pollPage(page, fn, arg, { timeout = 10_000, interval = 100, what = 'a condition' } = {}) {
  const deadline = Date.now() + timeout;
  let lastError;
  for (;;) {
    try {
      if ((await page.evaluate(fn, arg)) === true) return;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      throw new Error(
        `timed out after ${timeout} ms waiting for ${what}${lastError ? ` (last error: ${lastError.message})` : ''}`,
      );
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** The request's resource type, where the protocol knows it (Firefox's BiDi throws for it). */
function resourceType(req) {
  try {
    return req.resourceType();
  } catch {
    return 'unknown';
  }
}

/** Waits for an element and returns its handle; works on extension pages in both browsers. */
export async function waitForElement(page, selector, { timeout = 10_000 } = {}) {
  await pollPage(page, (sel) => document.querySelector(sel) !== null, selector, { timeout, what: selector });
  return page.$(selector);
}

/**
 * The browsers' own background traffic (update checks, sign-in, network time, remote settings)
 * that launch flags don't fully silence. The extension has no business with these hosts either,
 * but a request to them can't be told apart from the browser's, so they are left out of
 * outsideRequests() and reported in browserRequests() instead.
 */
const BROWSER_VENDOR_HOST =
  /(^|\.)(google\.com|googleapis\.com|gvt1\.com|gstatic\.com|mozilla\.com|mozilla\.net|mozilla\.org|firefox\.com)$/;

function requestHost({ method, url }) {
  if (method === 'CONNECT') return url.replace(/:\d+$/, '');
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/**
 * A proxy that refuses every request and remembers it. The browser is pointed at it, so any
 * request that is not answered by request interception is seen here, whoever made it.
 */
async function startRefusingProxy() {
  const seen = [];
  const server = createServer((req, res) => {
    seen.push({ method: req.method, url: req.url });
    res.writeHead(403, { 'content-type': 'text/plain' }).end('blocked by the Fifteen e2e harness');
  });
  server.on('connect', (req, socket) => {
    seen.push({ method: 'CONNECT', url: req.url });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: server.address().port,
    seen,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

// Browsers and profiles still open when the test process ends (a crash, a timeout, Ctrl-C)
// are killed and removed here, so no headless browser or temp profile is left behind.
const live = new Set();
let exitHooked = false;
function trackForExit(entry) {
  live.add(entry);
  if (exitHooked) return;
  exitHooked = true;
  process.once('exit', () => {
    for (const { proc, profileDir } of live) {
      try {
        proc?.kill('SIGKILL');
      } catch {
        // already gone
      }
      rmSync(profileDir, { recursive: true, force: true });
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => process.exit(130));
  }
}

const CHROMIUM_ARGS = [
  '--no-sandbox', // root in CI; the sandbox needs user namespaces
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--metrics-recording-only',
];

/**
 * Launches a browser with the built extension installed.
 * @param {'chromium'|'firefox'} kind
 * @param {{ extensionDir?: string, headless?: boolean, firefoxPrefs?: Record<string, unknown> }} [options]
 *   another unpacked extension (the harness's own tests); headless: false shows the window (npm
 *   run demo); firefoxPrefs: more preferences for Firefox (the benchmarks' alert-window runs)
 */
export async function launchBrowser(kind, { extensionDir, headless = true, firefoxPrefs = {} } = {}) {
  const spec = BROWSERS[kind];
  if (!spec) throw new Error(`unknown browser kind: ${kind}`);
  const dir = extensionDir ?? spec.outputDir;
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`${dir}/manifest.json is missing: run npm run build first`);
  }
  const proxy = await startRefusingProxy();
  const profileDir = await mkdtemp(join(tmpdir(), `fifteen-e2e-${kind}-`));
  let browser;
  const cleanup = async () => {
    if (browser) {
      const proc = browser.process();
      try {
        await withTimeout(browser.close(), CLOSE_TIMEOUT_MS, `closing ${kind}`);
      } catch {
        // A browser that won't close politely (Firefox sometimes hangs on shutdown) is killed.
        proc?.kill('SIGKILL');
      }
      browser = undefined;
    }
    await proxy.close();
    await rm(profileDir, { recursive: true, force: true, maxRetries: 3 });
  };

  try {
    if (kind === 'chromium') {
      // No preconnects: Chromium would otherwise open sockets to www.linkedin.com on its own,
      // which the proxy could not tell from the extension's requests.
      await mkdir(join(profileDir, 'Default'), { recursive: true });
      await writeFile(
        join(profileDir, 'Default', 'Preferences'),
        JSON.stringify({ net: { network_prediction_options: 2 } }),
      );
      browser = await puppeteer.launch({
        browser: 'chrome',
        executablePath: spec.executablePath,
        enableExtensions: true,
        headless,
        pipe: true,
        userDataDir: profileDir,
        timeout: LAUNCH_TIMEOUT_MS,
        args: [...CHROMIUM_ARGS, `--proxy-server=http://127.0.0.1:${proxy.port}`, '--proxy-bypass-list=<-loopback>'],
      });
    } else {
      browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: spec.executablePath,
        headless,
        userDataDir: profileDir,
        timeout: LAUNCH_TIMEOUT_MS,
        // Lets WebDriver BiDi install add-ons and reach extension pages.
        args: ['--remote-allow-system-access'],
        extraPrefsFirefox: {
          'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }),
          'network.proxy.type': 1,
          'network.proxy.http': '127.0.0.1',
          'network.proxy.http_port': proxy.port,
          'network.proxy.ssl': '127.0.0.1',
          'network.proxy.ssl_port': proxy.port,
          'network.proxy.no_proxies_on': '',
          'network.proxy.allow_hijacking_localhost': true,
          // No speculative connections to the pages under test (see the Chromium note above).
          'network.http.speculative-parallel-limit': 0,
          'network.predictor.enabled': false,
          'network.prefetch-next': false,
          'network.dns.disablePrefetch': true,
          ...firefoxPrefs,
        },
      });
    }
    const tracked = { proc: browser.process(), profileDir };
    trackForExit(tracked);
    const untrack = () => live.delete(tracked);
    const installed = await withTimeout(
      browser.installExtension(dir),
      LAUNCH_TIMEOUT_MS,
      `installing the extension in ${kind}`,
    );
    const extensionId = kind === 'firefox' ? FIREFOX_UUID : installed;
    const scheme = kind === 'firefox' ? 'moz-extension' : 'chrome-extension';
    const extensionOrigin = `${scheme}://${extensionId}`;
    const extensionUrl = (path = '') => `${extensionOrigin}/${path.replace(/^\//, '')}`;

    return {
      browser,
      kind,
      /** Chromium: the id from installExtension; Firefox: the fixed internal UUID. */
      extensionId,
      /** What installExtension returned (the gecko id in Firefox). */
      installedId: installed,
      extensionUrl,

      /**
       * Requests that reached the network from anywhere in the browser — background, extension
       * pages, content scripts — other than the browser's own (should be none). HTTPS ones show
       * as CONNECT host:443.
       */
      outsideRequests: () => proxy.seen.filter((r) => !BROWSER_VENDOR_HOST.test(requestHost(r))),
      /** The browser's own background requests, for diagnosis only. */
      browserRequests: () => proxy.seen.filter((r) => BROWSER_VENDOR_HOST.test(requestHost(r))),

      /**
       * Opens an extension page (e.g. 'popup.html') in a new tab and waits until it has loaded.
       * In Firefox a goto to a moz-extension:// URL loads but never resolves, so it is fired and
       * the document is watched instead.
       */
      async openExtensionPage(path, { timeout = 15_000 } = {}) {
        const page = await browser.newPage();
        const url = extensionUrl(path);
        if (kind === 'firefox') {
          page.goto(url, { timeout: 0 }).catch(() => {});
          await pollPage(
            page,
            (origin) => location.href.startsWith(origin) && document.readyState === 'complete',
            extensionOrigin,
            { timeout, what: `${url} to load` },
          );
        } else {
          await page.goto(url, { waitUntil: 'load', timeout });
        }
        return page;
      },

      /**
       * Opens a tab whose requests to https://www.linkedin.com/<path> are answered from `routes`
       * ({ '/in/priya-raman/': html, … }; a value may also be { status, body, headers }) with
       * LinkedIn's Trusted Types CSP. Every other request is aborted and recorded in `blocked`.
       * Returns { page, blocked, open(path) }.
       */
      async newLinkedInPage(routes = {}, { csp = LINKEDIN_CSP } = {}) {
        const page = await browser.newPage();
        const blocked = [];
        await page.setRequestInterception(true);
        page.on('request', (req) => {
          if (req.isInterceptResolutionHandled()) return;
          const url = req.url();
          if (/^(chrome-extension|moz-extension|data|blob|about):/.test(url)) {
            req.continue();
            return;
          }
          const parsed = new URL(url);
          if (parsed.origin === LINKEDIN_ORIGIN) {
            const route = routes[parsed.pathname];
            if (route !== undefined) {
              const r = typeof route === 'string' ? { body: route } : route;
              req.respond({
                status: r.status ?? 200,
                contentType: 'text/html; charset=utf-8',
                headers: { 'content-security-policy': csp, ...r.headers },
                body: r.body,
              });
              return;
            }
            if (parsed.pathname === '/favicon.ico') {
              // The browser's own request, not the page's or the extension's.
              req.respond({ status: 404, contentType: 'text/plain', body: '' });
              return;
            }
          }
          blocked.push({ url, type: resourceType(req) });
          req.abort('blockedbyclient');
        });
        return {
          page,
          blocked,
          open: (path, options = {}) =>
            page.goto(new URL(path, LINKEDIN_ORIGIN).href, { waitUntil: 'load', ...options }),
        };
      },

      async close() {
        await cleanup();
        untrack();
      },
    };
  } catch (error) {
    await cleanup().catch(() => {});
    throw error;
  }
}
