// @vitest-environment happy-dom
import { describe, expect, it, vi, afterEach } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { TemplateEditor } from '@/components/template-editor';
import { DEFAULT_TEMPLATES } from '@/utils/domain/ask-templates';
import { SHIPPED_TEMPLATES } from '@/utils/domain/templates';
import type { Template } from '@/utils/domain/model';
import { strings } from '@/entrypoints/options/strings';

afterEach(cleanup);

const mine: Template[] = [
  {
    id: 'a',
    name: 'Short note',
    kind: 'note',
    goal: null,
    subject: null,
    body: 'Hi {firstName}, could we talk for 15 minutes?',
  },
  {
    id: 'b',
    name: 'Team email',
    kind: 'email',
    goal: 4,
    subject: 'About {company}',
    body: 'Hi {firstName}, 15 minutes?',
  },
];

let ids = 0;
const setup = (over: Partial<Parameters<typeof TemplateEditor>[0]> = {}) => {
  const onSave = vi.fn((_t: Template[] | null) => Promise.resolve());
  render(
    <TemplateEditor
      templates={DEFAULT_TEMPLATES}
      custom={false}
      defaults={DEFAULT_TEMPLATES}
      author={{ myName: 'Alex Morgan', exploring: 'product management', pitch: "I'm a lawyer moving into product" }}
      noteLimit={200}
      lastProfile={{ name: 'Marcus Oyelaran', firstName: 'Marcus', company: 'Monzo', role: 'Head of Design' }}
      strings={strings.templates}
      saveStrings={strings.save}
      onSave={onSave}
      newId={() => `new-${++ids}`}
      delay={0}
      {...over}
    />,
  );
  return { onSave };
};
const names = () =>
  within(screen.getByTestId('template-list'))
    .getAllByRole('button')
    .map((b) => b.querySelector('.template-name')!.textContent);
const body = () => screen.getByTestId('template-body') as HTMLTextAreaElement;
const lastSaved = (onSave: ReturnType<typeof setup>['onSave']) => onSave.mock.calls.at(-1)?.[0];

describe('the template editor', () => {
  it('lists the defaults and says they are the defaults', () => {
    setup();
    expect(names()).toEqual(DEFAULT_TEMPLATES.map((t) => t.name));
    expect(screen.getByTestId('templates-source').textContent).toBe(strings.templates.usingDefaults);
    expect(screen.queryByText(strings.templates.reset)).toBeNull();
  });

  it('filters by kind', () => {
    setup();
    fireEvent.change(screen.getByLabelText(strings.templates.filter), { target: { value: 'email' } });
    expect(names()).toEqual(DEFAULT_TEMPLATES.filter((t) => t.kind === 'email').map((t) => t.name));
  });

  it('edits the drafts for after a chat like the others: previewed with a sample referral, without the ask checks', () => {
    setup({ templates: SHIPPED_TEMPLATES, defaults: SHIPPED_TEMPLATES });
    fireEvent.change(screen.getByLabelText(strings.templates.filter), { target: { value: 'thank-you' } });
    expect(names()).toEqual(['Thank you']);
    fireEvent.click(within(screen.getByTestId('template-list')).getByRole('button'));
    const preview = screen.getByTestId('template-preview').textContent!;
    expect(preview).toContain('Thank you for taking the time to talk with me');
    expect(preview).toContain('Marcus Oyelaran');
    expect(screen.getByTestId('template-checks').textContent).toContain(strings.templates.checksOkAfter);
    fireEvent.input(body(), { target: { value: 'Thanks for the informational interview, {firstName}!' } });
    expect(screen.getByTestId('template-checks').textContent).toMatch(/informational interview/);
    expect(screen.getByTestId('template-checks').textContent).not.toContain('a set, short time');
  });

  it('adds a template, and the list becomes the user’s own', async () => {
    const { onSave } = setup();
    fireEvent.click(screen.getByText(strings.templates.add));
    expect(names()).toHaveLength(DEFAULT_TEMPLATES.length + 1);
    expect(screen.getByTestId('templates-source').textContent).toBe(strings.templates.usingOwn);
    await waitFor(() => expect(lastSaved(onSave)).toHaveLength(DEFAULT_TEMPLATES.length + 1));
    expect(lastSaved(onSave)!.at(-1)).toMatchObject({ name: strings.templates.newName, kind: 'note', goal: null });
  });

  it('edits name, goal and text, and saves them', async () => {
    const { onSave } = setup({ templates: mine, custom: true });
    fireEvent.input(screen.getByLabelText(strings.templates.name), { target: { value: 'Shorter note' } });
    fireEvent.change(screen.getByLabelText(strings.templates.goal), { target: { value: '2' } });
    await waitFor(() => expect(lastSaved(onSave)?.[0]).toMatchObject({ id: 'a', name: 'Shorter note', goal: 2 }));
    expect(names()[0]).toBe('Shorter note');
  });

  it('duplicates and deletes', async () => {
    const { onSave } = setup({ templates: mine, custom: true });
    fireEvent.click(screen.getByText(strings.templates.duplicate));
    expect(names()).toEqual(['Short note', 'Short note (copy)', 'Team email']);
    expect((screen.getByLabelText(strings.templates.name) as HTMLInputElement).value).toBe('Short note (copy)');
    fireEvent.click(screen.getByText('Team email'));
    fireEvent.click(screen.getByText(strings.templates.delete));
    expect(names()).toEqual(['Short note', 'Short note (copy)']);
    await waitFor(() => expect(lastSaved(onSave)?.map((t) => t.name)).toEqual(['Short note', 'Short note (copy)']));
  });

  it('resets to the defaults after a confirmation', async () => {
    const { onSave } = setup({ templates: mine, custom: true });
    fireEvent.click(screen.getByText(strings.templates.reset));
    expect(screen.getByText(strings.templates.resetConfirm)).toBeTruthy();
    fireEvent.click(screen.getByText(strings.templates.cancel));
    expect(names()).toEqual(['Short note', 'Team email']);
    fireEvent.click(screen.getByText(strings.templates.reset));
    fireEvent.click(screen.getByText(strings.templates.resetYes));
    expect(names()).toEqual(DEFAULT_TEMPLATES.map((t) => t.name));
    await waitFor(() => expect(onSave).toHaveBeenLastCalledWith(null));
  });

  it('inserts a placeholder at the cursor and previews it for the sample person', async () => {
    const { onSave } = setup({ templates: mine, custom: true });
    fireEvent.input(body(), { target: { value: 'Hello , 15 minutes for a coffee?' } });
    body().setSelectionRange(6, 6);
    fireEvent.click(screen.getByRole('button', { name: /^\{firstName\}/ }));
    expect(body().value).toBe('Hello {firstName}, 15 minutes for a coffee?');
    expect(body().selectionStart).toBe(17);
    expect(screen.getByTestId('template-preview').textContent).toBe('Hello Priya, 15 minutes for a coffee?');
    await waitFor(() => expect(lastSaved(onSave)?.[0]?.body).toBe('Hello {firstName}, 15 minutes for a coffee?'));
  });

  it('previews for the last profile opened', () => {
    setup({ templates: mine, custom: true });
    fireEvent.change(screen.getByTestId('preview-person'), { target: { value: 'last' } });
    expect(screen.getByTestId('template-preview').textContent).toBe('Hi Marcus, could we talk for 15 minutes?');
  });

  it('shows the draft checks as the user types', () => {
    setup({ templates: mine, custom: true });
    expect(screen.getByTestId('template-checks').textContent).toContain(strings.templates.checksOk);
    fireEvent.input(body(), {
      target: { value: 'Hi {firstName}, could I pick your brain in an informational interview?' },
    });
    const checks = screen.getByTestId('template-checks').textContent!;
    expect(checks).toContain("'Pick your brain'");
    expect(checks).toContain("'informational interview'");
    expect(checks).toContain("'15 minutes'");
  });

  it('counts a note against the account’s limit', () => {
    setup({ templates: mine, custom: true });
    fireEvent.input(body(), { target: { value: `Hi {firstName}, 15 minutes? ${'x'.repeat(180)}` } });
    const counter = screen.getByTestId('template-counter');
    expect(counter.textContent).toBe('202 / 200 characters');
    expect(counter.classList.contains('over')).toBe(true);
    cleanup();
    setup({ templates: mine, custom: true, noteLimit: 300 });
    fireEvent.input(body(), { target: { value: `Hi {firstName}, 15 minutes? ${'x'.repeat(180)}` } });
    expect(screen.getByTestId('template-counter').textContent).toBe('202 / 300 characters');
    expect(screen.getByTestId('template-counter').classList.contains('over')).toBe(false);
  });

  it('shows an email’s subject in the preview', () => {
    setup({ templates: mine, custom: true });
    fireEvent.click(screen.getByText('Team email'));
    expect(screen.getByText('About Stripe')).toBeTruthy();
  });

  it('takes in a list changed elsewhere, and saves edits on top of it, not the old one', async () => {
    const onSave = vi.fn((_t: Template[] | null) => Promise.resolve());
    const props = {
      defaults: DEFAULT_TEMPLATES,
      author: { myName: 'Alex Morgan' },
      noteLimit: 200 as const,
      lastProfile: null,
      strings: strings.templates,
      saveStrings: strings.save,
      onSave,
      delay: 0,
      newId: () => 'new-x',
    };
    const { rerender } = render(<TemplateEditor templates={mine} custom {...props} />);
    // A backup is imported over the user's list.
    const imported: Template[] = [
      { id: 'c', name: 'Imported note', kind: 'note', goal: 1, subject: null, body: 'Hi {firstName}, 15 minutes?' },
    ];
    rerender(<TemplateEditor templates={imported} custom {...props} />);
    expect(names()).toEqual(['Imported note']);
    fireEvent.input(screen.getByLabelText(strings.templates.name), { target: { value: 'Imported, renamed' } });
    await waitFor(() => expect(lastSaved(onSave)).toEqual([{ ...imported[0], name: 'Imported, renamed' }]));
    // Then everything is erased: back to the defaults, and an edit builds on those.
    rerender(<TemplateEditor templates={DEFAULT_TEMPLATES} custom={false} {...props} />);
    expect(names()).toEqual(DEFAULT_TEMPLATES.map((t) => t.name));
    expect(screen.getByTestId('templates-source').textContent).toBe(strings.templates.usingDefaults);
    fireEvent.click(screen.getByText(strings.templates.add));
    await waitFor(() =>
      expect(lastSaved(onSave)?.map((t) => t.id)).toEqual([...DEFAULT_TEMPLATES.map((t) => t.id), 'new-x']),
    );
  });
});
