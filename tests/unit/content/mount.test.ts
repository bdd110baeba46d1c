// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.linkedin.com/in/priya-raman/"}
// The helper on the page is the button alone until the user reaches for it; then the panel script
// is asked for (the background injects it), announces itself, and takes the button's place.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from '#imports';
import { announcePanel, type HelperPanel, type PanelPlace } from '@/utils/messaging/panel-contract';
import { PRIYA_READING } from '../support/priya';

const reading = PRIYA_READING;

const extensionId = fakeBrowser.runtime.id;
const flush = () => new Promise((r) => setTimeout(r, 0));

/** The store requests the fake background answered (each answer is `{ asked: request }`). */
const reads: unknown[] = [];

/** A background that injects a panel: the "injected script" announces `panel` in this world. */
function background(reply: (inject: () => void) => unknown) {
  const requests: unknown[] = [];
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: string }).type === 'fifteen/store') {
      reads.push(message);
      return Promise.resolve({ ok: true, value: { asked: message, n: reads.length } });
    }
    requests.push(message);
    return Promise.resolve(reply(() => announcePanel(fakePanel)));
  });
  return requests;
}

const places: PanelPlace[] = [];
const unmounts = vi.fn();
const fakePanel: HelperPanel = {
  mount(place) {
    places.push(place);
    const shown = document.createElement('p');
    shown.textContent = 'the panel';
    place.container.append(shown);
    return unmounts;
  },
};

async function mountOne(row: Element | null = document.body) {
  const { mountHelper } = await import('@/entrypoints/linkedin.content/mount');
  const mounted = mountHelper({ reading, row });
  const shadow = (mounted.host as HTMLElement).shadowRoot!;
  const toggle = shadow.querySelector<HTMLButtonElement>('[data-testid="helper-toggle"]')!;
  return { mounted, shadow, toggle };
}

beforeEach(() => {
  vi.resetModules();
  fakeBrowser.reset();
  (fakeBrowser.runtime as { id?: string }).id = extensionId;
  document.body.replaceChildren();
  places.length = 0;
  reads.length = 0;
  unmounts.mockClear();
});

describe('the helper button', () => {
  it('is a labelled, collapsed button, and asks for nothing until the user reaches for it', async () => {
    const requests = background((inject) => (inject(), { ok: true, value: null }));
    const { mounted, toggle } = await mountOne();
    expect(mounted.host.localName).toBe('fifteen-helper');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-label')).toBe('15-min coffee: ask Priya Raman for 15 minutes');
    expect(toggle.textContent).toBe('☕ 15-min coffee');
    await flush();
    expect(requests).toEqual([]);
  });

  it('on click, has the panel injected and hands it its place', async () => {
    const requests = background((inject) => (inject(), { ok: true, value: null }));
    const { shadow, toggle } = await mountOne(null);
    toggle.click();
    await vi.waitFor(() => expect(places).toHaveLength(1));
    expect(requests).toEqual([{ type: 'fifteen/panel' }]);
    expect(places[0]).toMatchObject({ reading, floating: true, shadow });
    // This person's history was asked for alongside, not after, and handed over already read.
    expect(places[0]!.state).toEqual({
      asked: { type: 'fifteen/store', op: 'profileState', args: ['priya-raman'] },
      n: 1,
    });
    expect(shadow.querySelector('[data-testid="helper-toggle"]')).toBeNull();
    expect(shadow.textContent).toContain('the panel');
  });

  it('asks once when the pointer heads for it, and the click then uses what came', async () => {
    const requests = background((inject) => (inject(), { ok: true, value: null }));
    const { toggle } = await mountOne();
    toggle.dispatchEvent(new Event('pointerenter'));
    toggle.dispatchEvent(new Event('focus'));
    await flush();
    toggle.click();
    await vi.waitFor(() => expect(places).toHaveLength(1));
    expect(requests).toHaveLength(1);
  });

  it('asks once for the panel and once for the person, however many signs of intent and clicks', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const requests = background(async (inject) => (await gate, inject(), { ok: true, value: null }));
    const { toggle } = await mountOne();
    for (const type of ['pointerenter', 'focus', 'pointerdown', 'pointerenter', 'focus'])
      toggle.dispatchEvent(new Event(type));
    await flush();
    expect(requests).toHaveLength(1);
    expect(reads).toHaveLength(1);
    // Clicks while the panel is still on its way: it opens once.
    toggle.click();
    toggle.click();
    await flush();
    expect(places).toHaveLength(0);
    release();
    await vi.waitFor(() => expect(places).toHaveLength(1));
    toggle.click();
    await flush();
    expect(places).toHaveLength(1);
    expect(requests).toHaveLength(1);
    expect(reads).toHaveLength(1);
    expect(places[0]!.state).toMatchObject({ n: 1 });
  });

  it("keeps the early read when only the reminders' bookkeeping changed", async () => {
    background((inject) => (inject(), { ok: true, value: null }));
    const { toggle } = await mountOne();
    toggle.dispatchEvent(new Event('pointerenter'));
    await flush();
    expect(reads).toHaveLength(1);
    // The reminders' bookkeeping is no change to what the panel shows…
    await browser.storage.local.set({ 'fifteen:notified': {} });
    await flush();
    toggle.click();
    await vi.waitFor(() => expect(places).toHaveLength(1));
    expect(places[0]!.state).toMatchObject({ n: 1 });
  });

  it('drops an early read that a change to the records made stale', async () => {
    background((inject) => (inject(), { ok: true, value: null }));
    const { toggle } = await mountOne();
    toggle.dispatchEvent(new Event('focus'));
    await flush();
    await browser.storage.local.set({ 'fifteen:settings': { myName: 'Sam' } });
    await flush();
    toggle.click();
    await vi.waitFor(() => expect(places).toHaveLength(1));
    expect(reads).toHaveLength(2);
    expect(places[0]!.state).toMatchObject({ n: 2 });
  });

  it('opens with the defaults when the person cannot be read, and says why in the console', async () => {
    const requests: unknown[] = [];
    browser.runtime.onMessage.addListener((message: unknown) => {
      requests.push(message);
      if ((message as { type?: string }).type === 'fifteen/store')
        return Promise.resolve({ ok: false, error: 'broken shard' });
      announcePanel(fakePanel);
      return Promise.resolve({ ok: true, value: null });
    });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { toggle } = await mountOne();
    toggle.click();
    await vi.waitFor(() => expect(places).toHaveLength(1));
    expect(places[0]!.state).toBeNull();
    expect(error).toHaveBeenCalled();
  });

  it('loads the panel once per page, for every later profile too', async () => {
    const requests = background((inject) => (inject(), { ok: true, value: null }));
    const { mountHelper } = await import('@/entrypoints/linkedin.content/mount');
    for (const slug of ['a', 'b']) {
      const m = mountHelper({ reading: { ...reading, slug }, row: document.body });
      (m.host as HTMLElement).shadowRoot!.querySelector<HTMLButtonElement>('[data-testid="helper-toggle"]')!.click();
      await vi.waitFor(() => expect(places.at(-1)?.reading.slug).toBe(slug));
      m.remove();
    }
    expect(requests).toHaveLength(1);
    expect(unmounts).toHaveBeenCalledTimes(2);
  });

  it('says so when the panel cannot be had, and tries again on the next click', async () => {
    let refuse = true;
    background((inject) =>
      refuse ? { ok: false, error: 'Cannot access contents of the page' } : (inject(), { ok: true, value: null }),
    );
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { shadow, toggle } = await mountOne();
    toggle.click();
    await vi.waitFor(() =>
      expect(shadow.querySelector('[role="status"]')?.textContent).toBe(
        'Fifteen could not open here. Reload the page and try again.',
      ),
    );
    expect(toggle.hasAttribute('aria-busy')).toBe(false);
    expect(error).toHaveBeenCalled();
    refuse = false;
    toggle.click();
    await vi.waitFor(() => expect(places).toHaveLength(1));
  });

  it('never takes a panel announced before its own request (an earlier copy of the script)', async () => {
    const stale = { mount: vi.fn(() => () => undefined) };
    announcePanel(stale);
    background(() => ({ ok: true, value: null })); // the injection "ran" but announced nothing
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { shadow, toggle } = await mountOne();
    toggle.click();
    await vi.waitFor(() => expect(shadow.querySelector('[role="status"]')?.textContent).not.toBe(''));
    expect(stale.mount).not.toHaveBeenCalled();
  });

  it('after the extension was updated under the page: says to reload, logs nothing', async () => {
    (fakeBrowser.runtime as { id?: string }).id = undefined;
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { shadow, toggle } = await mountOne();
    toggle.click();
    await vi.waitFor(() =>
      expect(shadow.querySelector('[role="status"]')?.textContent).toBe('Fifteen was updated: reload the page.'),
    );
    expect(error).not.toHaveBeenCalled();
  });

  it('removed before the panel arrives: the panel is not shown', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    background(async (inject) => (await gate, inject(), { ok: true, value: null }));
    const { mounted, toggle } = await mountOne();
    toggle.click();
    mounted.remove();
    release();
    await flush();
    await flush();
    expect(places).toHaveLength(0);
    expect(document.querySelector('fifteen-helper')).toBeNull();
  });
});
