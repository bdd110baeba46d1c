// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.linkedin.com/in/priya-raman/"}
// The helper's button is built twice, on purpose: by the content script without Preact (mount.ts,
// so that what every LinkedIn page loads stays small), and by the panel's Preact view
// (components/helper/helper.tsx), which takes its place when the user opens it. The swap must not
// be seen or heard: both buttons must be the same element, docked and floating.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { Helper } from '@/components/helper/helper';
import { HELPER_STRINGS } from '@/components/helper/helper-strings';
import { mountHelper } from '@/entrypoints/linkedin.content/mount';
import { PRIYA_READING } from '../support/priya';

const reading = PRIYA_READING;

/** What a person and a screen reader meet of a button and the element that holds it. */
function described(button: Element) {
  return {
    holder: button.parentElement!.className,
    tag: button.localName,
    class: button.className,
    type: button.getAttribute('type'),
    testid: button.getAttribute('data-testid'),
    expanded: button.getAttribute('aria-expanded'),
    label: button.getAttribute('aria-label'),
    text: button.textContent,
    hidden: [...button.querySelectorAll('[aria-hidden="true"]')].map((e) => e.textContent),
  };
}

function fromContentScript(floating: boolean) {
  const mounted = mountHelper({ reading, row: floating ? null : document.body });
  const button = (mounted.host as HTMLElement).shadowRoot!.querySelector('[data-testid="helper-toggle"]')!;
  const seen = described(button);
  mounted.remove();
  return seen;
}

function fromPanel(floating: boolean) {
  const { container } = render(
    <Helper
      strings={HELPER_STRINGS}
      person={reading}
      missing={[]}
      me={{ myName: '', exploring: '', pitch: '' }}
      noteLimit={200}
      templates={[]}
      history={[]}
      counts={{ invitationsThisWeek: 0, notesThisMonth: 0, weeklyInvitationLimit: 100, monthlyNoteAllowance: 5 }}
      open={false}
      floating={floating}
      onOpenChange={() => {}}
      onPersonChange={() => {}}
      onCopy={async () => true}
      onInsert={() => 'no-box'}
      onLogRequest={async () => undefined}
    />,
  );
  return described(container.querySelector('[data-testid="helper-toggle"]')!);
}

afterEach(cleanup);

describe("the helper's button, built by the content script and by the panel", () => {
  it.each([false, true])('is the same button (floating: %s)', (floating) => {
    const light = fromContentScript(floating);
    expect(light.label).toContain('Priya Raman');
    expect(fromPanel(floating)).toEqual(light);
  });
});
