// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.linkedin.com/in/priya-raman/"}
// The panel's app, as the button script mounts it: with the person's data already read, its very
// first render is the open panel with the draft (nothing left for an effect or a second render).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing';
import { browser } from '#imports';
import { HelperApp } from '@/entrypoints/linkedin-panel.content/helper-app';
import { DEFAULT_SETTINGS, type Contact } from '@/utils/domain/model';
import { DEFAULT_TEMPLATES } from '@/utils/domain/ask-templates';
import type { RemoteResult } from '@/utils/messaging/client';
import { PRIYA_READING } from '../support/priya';

const reading = PRIYA_READING;
const state = (contact: Contact | null = null): RemoteResult<'profileState'> => ({
  contact,
  conversations: [],
  settings: { ...DEFAULT_SETTINGS, myName: 'Jordan Lee' },
  templates: DEFAULT_TEMPLATES,
  requestsThisWeek: 0,
  invitationsThisWeek: 0,
  notesThisMonth: 0,
  names: {},
  referrer: null,
});

let container: HTMLElement;
let reads: unknown[];
beforeEach(() => {
  fakeBrowser.reset();
  reads = [];
  browser.runtime.onMessage.addListener((message: unknown) => {
    reads.push(message);
    return Promise.resolve({ ok: true, value: state() });
  });
  container = document.createElement('div');
  document.body.replaceChildren(container);
});
afterEach(() => render(null, container));

const draft = () => container.querySelector<HTMLTextAreaElement>('[data-testid="draft"]');
const noError = () => undefined;

describe('HelperApp given the first read', () => {
  it('shows the open panel with its draft in its first render, and reads nothing more', async () => {
    render(
      <HelperApp reading={reading} floating={false} onError={noError} initialState={state()} initiallyOpen />,
      container,
    );
    expect(draft()?.value).toContain('Priya');
    expect(container.querySelector('[data-testid="helper-name"]')?.textContent).toBe('Priya Raman');
    await new Promise((r) => setTimeout(r, 50));
    expect(reads).toEqual([]);
  });

  it('puts the date of the request in after the first paint, in a place kept for it', async () => {
    render(
      <HelperApp reading={reading} floating={false} onError={noError} initialState={state()} initiallyOpen />,
      container,
    );
    // Firefox builds a date input's widget as it enters the page: not on the way to the draft.
    expect(container.querySelector('input[type="date"]')).toBeNull();
    expect(container.querySelector('.date .date-slot')).not.toBeNull();
    await expect.poll(() => container.querySelector('.date input[type="date"]')).not.toBeNull();
    expect(container.querySelector('.date-slot')).toBeNull();
  });

  it("shows the user's corrections for this person in that first render", () => {
    const contact = { id: 'priya-raman', name: 'Priya R. Raman', edited: ['name'] } as unknown as Contact;
    render(
      <HelperApp reading={reading} floating={false} onError={noError} initialState={state(contact)} initiallyOpen />,
      container,
    );
    expect(container.querySelector('[data-testid="helper-name"]')?.textContent).toBe('Priya R. Raman');
    expect(draft()?.value).not.toBe('');
  });

  it('opens with the defaults when the first read failed (null)', () => {
    render(
      <HelperApp reading={reading} floating={false} onError={noError} initialState={null} initiallyOpen />,
      container,
    );
    expect(draft()).not.toBeNull();
  });

  it('without it, reads the person first and opens once the read has answered', async () => {
    render(<HelperApp reading={reading} floating={false} onError={noError} initiallyOpen />, container);
    expect(draft()).toBeNull();
    await expect.poll(() => draft()?.value ?? '').toContain('Priya');
    expect(reads).toHaveLength(1);
  });
});
