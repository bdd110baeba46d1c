// @vitest-environment happy-dom
// The Prepare view's questions in the options page: shipped until edited, saved to the store,
// checked against the method's words, and reset.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing';
import { App } from '@/entrypoints/options/app';
import { strings } from '@/entrypoints/options/strings';
import { loadSnapshot } from '@/utils/store/repository';
import { DEFAULT_PREP_QUESTIONS } from '@/utils/domain/prepare';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('questions for the chat', () => {
  it('starts from the shipped questions, saves the user’s own, flags the squirm words, and resets', async () => {
    render(<App />);
    const goal2 = (await screen.findByLabelText(
      strings.prepQuestions.levels[1],
      {},
      { timeout: 3000 },
    )) as HTMLTextAreaElement;
    expect(goal2.value).toBe(
      DEFAULT_PREP_QUESTIONS.filter((q) => q.level === 2)
        .map((q) => q.text)
        .join('\n'),
    );
    expect(screen.getByText(strings.prepQuestions.usingDefaults)).toBeTruthy();
    expect(screen.queryByRole('button', { name: strings.prepQuestions.reset })).toBeNull();
    fireEvent.input(goal2, { target: { value: 'Whom should I meet next?\n\nCould I pick your brain about it?' } });
    expect(screen.getByTestId('prep-questions-2-checks').textContent).toMatch(/Pick your brain/i);
    fireEvent.blur(goal2);
    await waitFor(async () => {
      const saved = (await loadSnapshot()).settings.prepQuestions;
      expect(saved?.filter((q) => q.level === 2)).toEqual([
        { level: 2, text: 'Whom should I meet next?' },
        { level: 2, text: 'Could I pick your brain about it?' },
      ]);
      expect(saved?.filter((q) => q.level === 1).length).toBe(3);
    });
    await screen.findByText(strings.prepQuestions.usingOwn);
    fireEvent.click(screen.getByRole('button', { name: strings.prepQuestions.reset }));
    await waitFor(async () => expect((await loadSnapshot()).settings.prepQuestions).toBeNull(), { timeout: 3000 });
  });
});
