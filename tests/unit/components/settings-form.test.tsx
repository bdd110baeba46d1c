// @vitest-environment happy-dom
import { describe, expect, it, vi, afterEach } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { SettingsForm } from '@/components/settings-form';
import { DEFAULT_SETTINGS } from '@/utils/domain/model';
import { strings } from '@/entrypoints/options/strings';

afterEach(cleanup);

const setup = () => {
  const onSave = vi.fn((_patch: object) => Promise.resolve());
  const onTheme = vi.fn();
  render(<SettingsForm settings={DEFAULT_SETTINGS} strings={strings.settings} saveStrings={strings.save} onSave={onSave} onTheme={onTheme} delay={0} />);
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
});
