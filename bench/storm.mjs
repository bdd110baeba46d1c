// What the extension costs while LinkedIn works: the renderer's script time (CDP
// Performance.getMetrics → ScriptDuration) during a storm of DOM changes — 300 tasks, each adding
// 20 feed items and removing 10 — on a feed page and on a profile page with the helper shown,
// in a browser with the extension and in one with an empty extension, runs interleaved.
//
// The storm runs in a tab behind another one, so the renderer paints nothing: painting and
// layout are not script time, are the same with and without the extension (whose observer
// forces no layout while it has nothing to do), and with them a run takes ten times as long.
// Run-to-run noise in ScriptDuration is tens of ms, so the same storm is also run under the CPU
// profiler, which attributes script time to the content script's own file: that is the
// extension's cost measured directly, to read beside the difference of medians.
import { fixture } from '../tests/e2e/harness.mjs';

export const PAGES = {
  feed: { path: '/feed/', html: fixture('feed') },
  profile: { path: '/in/priya-raman/', html: fixture('classic-profile') },
};

// Runs in the page: the storm. Items are built with DOM calls (LinkedIn's Trusted Types forbid
// HTML strings), each a small post with an author link, text and buttons.
function storm({ tasks, add, remove }) {
  const feed = document.querySelector('main') ?? document.body;
  let n = 0;
  const item = () => {
    const post = document.createElement('div');
    post.className = 'feed-shared-update-v2 bench-item';
    const actor = document.createElement('a');
    actor.href = `https://www.linkedin.com/in/bench-person-${n}/`;
    actor.textContent = `Bench Person ${n}`;
    const text = document.createElement('p');
    text.textContent = `Post ${n++}: we are hiring, and here is what I learnt this week about teams.`;
    const actions = document.createElement('div');
    for (const label of ['Like', 'Comment', 'Repost', 'Send']) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = label;
      actions.append(b);
    }
    post.append(actor, text, actions);
    return post;
  };
  // Each step is its own task, posted through a MessageChannel: setTimeout's 4 ms clamp on
  // nested timers would stretch the storm without changing the work in it.
  const live = [];
  const channel = new MessageChannel();
  return new Promise((done) => {
    let left = tasks;
    channel.port1.onmessage = () => {
      for (let i = 0; i < add; i++) {
        const el = item();
        live.push(el);
        feed.append(el);
      }
      for (const el of live.splice(0, remove)) el.remove();
      if (--left > 0) channel.port2.postMessage(0);
      else setTimeout(done);
    };
    channel.port2.postMessage(0);
  });
}

async function scriptDuration(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ScriptDuration').value * 1000;
}

const STORM = { tasks: 300, add: 20, remove: 10 };

/** Self time (ms) of each script URL in a CDP CPU profile. */
function selfTimeByUrl(profile) {
  const urlOf = new Map(profile.nodes.map((n) => [n.id, n.callFrame.url]));
  const out = new Map();
  // A sample lasts until the next one (timeDeltas[i] is the gap *before* sample i).
  profile.samples.forEach((id, i) => {
    const url = urlOf.get(id) ?? '';
    const us = profile.timeDeltas[i + 1] ?? 0;
    out.set(url, (out.get(url) ?? 0) + us / 1000);
  });
  return out;
}

/**
 * One storm on a fresh page. Returns the renderer's script time in ms, or with `profile`, the
 * self time of the extension's scripts (chrome-extension:// URLs) under the sampling profiler.
 */
async function once(session, which, { profile = false } = {}) {
  const { path, html } = PAGES[which];
  const { page, open } = await session.newLinkedInPage({ [path]: html });
  const cover = await session.browser.newPage();
  try {
    await open(path);
    await cover.bringToFront();
    // Let the content script start and (on the profile) mount the helper and read storage.
    await new Promise((r) => setTimeout(r, 300));
    const cdp = await page.createCDPSession();
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
      await page.evaluate(storm, STORM);
      const { profile: p } = await cdp.send('Profiler.stop');
      await cdp.detach();
      let ext = 0;
      for (const [url, t] of selfTimeByUrl(p)) if (url.startsWith('chrome-extension://')) ext += t;
      return ext;
    }
    await cdp.send('Performance.enable');
    const before = await scriptDuration(cdp);
    await page.evaluate(storm, STORM);
    const after = await scriptDuration(cdp);
    await cdp.detach();
    return after - before;
  } finally {
    await cover.close();
    await page.close();
  }
}

/** Interleaved runs: with, without, with, without … `runs` each, per page. */
export async function measureStorm(withExt, withoutExt, { runs = 5, profiled = 3 } = {}) {
  const out = {};
  for (const which of Object.keys(PAGES)) {
    const w = [];
    const wo = [];
    const own = [];
    await once(withExt, which); // warm-up, not counted
    await once(withoutExt, which);
    for (let i = 0; i < runs; i++) {
      w.push(await once(withExt, which));
      wo.push(await once(withoutExt, which));
    }
    for (let i = 0; i < profiled; i++) own.push(await once(withExt, which, { profile: true }));
    out[which] = { with: w, without: wo, own };
  }
  return out;
}
