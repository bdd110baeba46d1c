// @vitest-environment happy-dom
import { describe, expect, it, vi, afterEach } from 'vitest';
import type { Settings } from '@/utils/domain/model';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { SettingsForm } from '@/components/settings-form';
import { DEFAULT_SETTINGS } from '@/utils/domain/model';
import { strings } from '@/entrypoints/options/strings';

afterEach(cleanup);

const setup = () => {
  const onSave = vi.fn((_patch: object) => Promise.resolve());
  const onTheme = vi.fn();
  render(
    <SettingsForm
      settings={DEFAULT_SETTINGS}
      strings={strings.settings}
      saveStrings={strings.save}
      onSave={onSave}
      onTheme={onTheme}
      delay={0}
    />,
  );
  return { onSave, onTheme };
};

describe('the settings form', () => {
  it('shows the stored values', () => {
    setup();
    expect((screen.getByLabelText(strings.settings.goals.weeklyInvitationLimit) as HTMLInputElement).value).toBe('100');
    expect((screen.getByLabelText(strings.settings.goals.free) as HTMLInputElement).checked).toBe(true);
  });

  it('refuses an invalid number with a message beside the field, and does not save it', async () => {
    const { onSave } = setup();
    const field = screen.getByLabelText(strings.settings.reminders.thankYouHour) as HTMLInputElement;
    fireEvent.input(field, { target: { value: '25' } });
    expect(screen.getByTestId('error-thankYouHour').textContent).toBe('Use a number from 0 to 23.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain('setting-thankYouHour-error');
    expect(screen.getByTestId('save-status').textContent).toBe(strings.save.notSavedInvalid);
    fireEvent.input(field, { target: { value: 'nine' } });
    expect(screen.getByTestId('error-thankYouHour').textContent).toBe('Use digits only, e.g. 5.');
    fireEvent.input(field, { target: { value: '' } });
    expect(screen.getByTestId('error-thankYouHour').textContent).toBe('Enter a number.');
    await new Promise((r) => setTimeout(r, 20));
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves a valid number and says "Saved"', async () => {
    const { onSave } = setup();
    fireEvent.input(screen.getByLabelText(strings.settings.goals.weeklyPointsGoal), { target: { value: ' 12 ' } });
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ weeklyPointsGoal: 12 }));
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toContain('Saved'));
    expect(screen.queryByTestId('error-weeklyPointsGoal')).toBeNull();
  });

  it('saves text, the account type and the theme, and applies the theme at once', async () => {
    const { onSave, onTheme } = setup();
    fireEvent.input(screen.getByLabelText(strings.settings.you.myName), { target: { value: 'Alex Morgan' } });
    fireEvent.click(screen.getByLabelText(strings.settings.goals.premium));
    fireEvent.click(screen.getByLabelText(strings.settings.appearance.dark));
    expect(onTheme).toHaveBeenCalledWith('dark');
    // Changes made within one pause are saved together.
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ myName: 'Alex Morgan', noteLimit: 300, theme: 'dark' }));
  });

  it('keeps saving the valid fields while another is invalid', async () => {
    const { onSave } = setup();
    fireEvent.input(screen.getByLabelText(strings.settings.reminders.followUpDelayDays), { target: { value: '400' } });
    fireEvent.input(screen.getByLabelText(strings.settings.reminders.thankYouDelayDays), { target: { value: '2' } });
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave.mock.calls.flatMap((c) => Object.keys(c[0]))).toEqual(['thankYouDelayDays']);
  });

  it('shows settings changed elsewhere (an import, an erase, another tab)', () => {
    const props = { strings: strings.settings, saveStrings: strings.save, onSave: () => Promise.resolve(), delay: 0 };
    const a: Settings = { ...DEFAULT_SETTINGS, myName: 'Alex Morgan', weeklyPointsGoal: 7, noteLimit: 300 };
    const { rerender } = render(<SettingsForm settings={a} {...props} />);
    expect((screen.getByLabelText(strings.settings.you.myName) as HTMLInputElement).value).toBe('Alex Morgan');
    const b: Settings = { ...DEFAULT_SETTINGS, myName: 'Sam Lee', weeklyPointsGoal: 12 };
    rerender(<SettingsForm settings={b} {...props} />);
    expect((screen.getByLabelText(strings.settings.you.myName) as HTMLInputElement).value).toBe('Sam Lee');
    expect((screen.getByLabelText(strings.settings.goals.weeklyPointsGoal) as HTMLInputElement).value).toBe('12');
    expect((screen.getByLabelText(strings.settings.goals.free) as HTMLInputElement).checked).toBe(true);
  });

  it('keeps a field the user is still editing when settings change elsewhere', () => {
    vi.useFakeTimers();
    try {
      const onSave = vi.fn((_patch: object) => Promise.resolve());
      const props = { strings: strings.settings, saveStrings: strings.save, onSave, delay: 500 };
      const { rerender } = render(<SettingsForm settings={DEFAULT_SETTINGS} {...props} />);
      fireEvent.input(screen.getByLabelText(strings.settings.you.pitch), {
        target: { value: 'Moving into privacy law.' },
      });
      rerender(
        <SettingsForm settings={{ ...DEFAULT_SETTINGS, myName: 'Sam Lee', pitch: 'From elsewhere' }} {...props} />,
      );
      expect((screen.getByLabelText(strings.settings.you.pitch) as HTMLTextAreaElement).value).toBe(
        'Moving into privacy law.',
      );
      expect((screen.getByLabelText(strings.settings.you.myName) as HTMLInputElement).value).toBe('Sam Lee');
      vi.advanceTimersByTime(500);
      expect(onSave).toHaveBeenCalledWith({ pitch: 'Moving into privacy law.' });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('saving when the tab is closed or left', () => {
  const typeName = () => {
    vi.useFakeTimers();
    const onSave = vi.fn((_patch: object) => Promise.resolve());
    render(
      <SettingsForm
        settings={DEFAULT_SETTINGS}
        strings={strings.settings}
        saveStrings={strings.save}
        onSave={onSave}
        delay={500}
      />,
    );
    fireEvent.input(screen.getByLabelText(strings.settings.you.myName), { target: { value: 'Alex Morgan' } });
    expect(onSave).not.toHaveBeenCalled();
    return onSave;
  };
  afterEach(() => {
    vi.useRealTimers();
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  });

  it('saves the last edit at once when the page is hidden or unloaded (pagehide)', () => {
    const onSave = typeName();
    window.dispatchEvent(new Event('pagehide'));
    expect(onSave).toHaveBeenCalledWith({ myName: 'Alex Morgan' });
  });

  it('saves the last edit at once when the tab is hidden (visibilitychange)', () => {
    const onSave = typeName();
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(onSave).toHaveBeenCalledWith({ myName: 'Alex Morgan' });
  });

  it('saves when the field loses focus', () => {
    const onSave = typeName();
    fireEvent.focusOut(screen.getByLabelText(strings.settings.you.myName));
    expect(onSave).toHaveBeenCalledWith({ myName: 'Alex Morgan' });
  });
});
