// @vitest-environment happy-dom
// The options page wired to the store (WXT's fakeBrowser): what a person sees and what is saved.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing';
import { browser } from '#imports';
import { KEY_META, KEY_SETTINGS, SCHEMA_VERSION, shardKey } from '@/utils/store/layout';
import { decodeShard } from '@/utils/store/codec';
import { App } from '@/entrypoints/options/app';
import { importBackupFile } from '@/entrypoints/options/data-actions';
import { strings } from '@/entrypoints/options/strings';
import { loadSnapshot } from '@/utils/store/repository';
import { logRequest, saveSettings } from '@/utils/store/operations';

const saved: { name: string; text: string }[] = [];
vi.mock('@/utils/save-file', () => ({
  saveFile: (name: string, text: string) => void saved.push({ name, text }),
}));

beforeEach(() => {
  fakeBrowser.reset();
  saved.length = 0;
});
afterEach(cleanup);

const contact = (id: string) => ({ id, name: `Person ${id}`, profileUrl: `https://www.linkedin.com/in/${id}/` });
const upload = (input: HTMLElement, name: string, text: string) => {
  Object.defineProperty(input, 'files', { value: [new File([text], name)], configurable: true });
  fireEvent.change(input);
};
const ready = () => screen.findByLabelText(strings.settings.you.myName, {}, { timeout: 3000 });

const goodBackup = JSON.stringify({
  format: 'fifteen-backup',
  version: 1,
  exportedAt: '2026-11-28T10:00:00.000Z',
  contacts: [
    {
      id: 'priya-raman',
      name: 'Priya Raman',
      createdAt: '2026-11-01T09:00:00.000Z',
      updatedAt: '2026-11-01T09:00:00.000Z',
    },
  ],
  conversations: [
    {
      id: 'c1',
      contactId: 'priya-raman',
      status: 'met',
      channel: 'linkedin-note',
      goal: 3,
      outcomes: { connected: true, referral: false, memorable: true, opening: false },
      createdAt: '2026-11-02T09:00:00.000Z',
      updatedAt: '2026-11-10T17:00:00.000Z',
    },
  ],
  settings: { myName: 'Alex Morgan' },
});

describe('the options page', () => {
  it('says how many of the last profiles the helper could not read, and nothing when it read them all', async () => {
    const { recordRead } = await import('@/utils/store/read-health');
    for (const read of [true, false, true, false, false]) await recordRead(read);
    render(<App />);
    expect((await screen.findByTestId('read-health')).textContent).toBe(strings.readHealth(3, 5));
    expect(strings.readHealth(3, 50)).toMatch(
      /^Fifteen could not read 3 of the last 50 profiles you opened — LinkedIn may have changed its pages/,
    );
    cleanup();
    fakeBrowser.reset();
    await recordRead(true);
    render(<App />);
    await screen.findByText(strings.tagline);
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByTestId('read-health')).toBeNull();
  });

  it('saves what the user types into the store', async () => {
    render(<App />);
    fireEvent.input(await ready(), { target: { value: 'Alex Morgan' } });
    await waitFor(async () => expect((await loadSnapshot()).settings.myName).toBe('Alex Morgan'), { timeout: 3000 });
    await waitFor(() =>
      expect(within(document.getElementById('you')!).getByTestId('save-status').textContent).toContain(
        strings.save.saved,
      ),
    );
  });

  it('applies the stored theme to the page', async () => {
    await saveSettings({ theme: 'dark' });
    render(<App />);
    await ready();
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    fireEvent.click(screen.getByLabelText(strings.settings.appearance.light));
    expect(document.documentElement.dataset.theme).toBe('light');
  });

  it('backup import: a bad file says what and where, and changes nothing', async () => {
    await logRequest({ contact: contact('ada'), channel: 'linkedin-note', goal: 1 });
    render(<App />);
    await ready();
    const bad = goodBackup.replace('"status":"met"', '"status":"ghosted"');
    upload(screen.getByTestId('backup-import'), 'old.json', bad);
    await waitFor(() =>
      expect(screen.getByTestId('backup-status').textContent).toMatch(
        /old\.json: conversations\[0\]\.status: expected one of/,
      ),
    );
    expect(screen.getByTestId('backup-status').textContent).toContain(strings.nothingChanged);
    expect(screen.getByTestId('backup-status').getAttribute('role')).toBe('alert');
    const snap = await loadSnapshot();
    expect([...snap.contacts.keys()]).toEqual(['ada']);
    expect(snap.settings.myName).toBe('');
  });

  it('backup import: a good file is merged and the summary shown', async () => {
    render(<App />);
    await ready();
    upload(screen.getByTestId('backup-import'), 'good.json', goodBackup);
    await waitFor(() =>
      expect(screen.getByTestId('backup-status').textContent).toBe(
        'Imported: 1 contact added, 0 updated; 1 conversation added, 0 updated.',
      ),
    );
    const snap = await loadSnapshot();
    expect(snap.conversations.get('c1')?.goal).toBe(3);
    expect(snap.settings.myName).toBe('Alex Morgan');
  });

  it('after an import or an erase, the form shows what is stored now, and a later edit keeps it', async () => {
    await saveSettings({ myName: 'Old Name', pitch: 'Old pitch' });
    render(<App />);
    const name = (await ready()) as HTMLInputElement;
    await waitFor(() => expect(name.value).toBe('Old Name'));
    upload(screen.getByTestId('backup-import'), 'good.json', goodBackup);
    await waitFor(() => expect(name.value).toBe('Alex Morgan'), { timeout: 3000 });
    fireEvent.click(await screen.findByTestId('erase-start'));
    fireEvent.click(screen.getByTestId('erase-confirm-yes'));
    await waitFor(() => expect(name.value).toBe(''), { timeout: 3000 });
    expect((screen.getByLabelText(strings.settings.you.pitch) as HTMLTextAreaElement).value).toBe('');
    fireEvent.input(screen.getByLabelText(strings.settings.you.exploring), { target: { value: 'privacy law' } });
    await waitFor(async () => expect((await loadSnapshot()).settings.exploring).toBe('privacy law'), { timeout: 3000 });
    expect((await loadSnapshot()).settings.myName).toBe('');
  });

  it('backup export: a file named with the date, holding the data', async () => {
    await logRequest({ contact: contact('ada'), channel: 'linkedin-note', goal: 1 });
    render(<App />);
    await ready();
    fireEvent.click(screen.getByTestId('backup-export'));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toMatch(/^fifteen-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(saved[0]!.text).contacts[0].id).toBe('ada');
    expect(screen.getByTestId('backup-status').textContent).toContain('1 contact and 1 conversation');
  });

  it('a large backup reports progress while it is checked', async () => {
    const file = JSON.parse(goodBackup);
    file.conversations = Array.from({ length: 5000 }, (_, i) => ({ ...file.conversations[0], id: `c${i}` }));
    const progress: string[] = [];
    let pauses = 0;
    const message = await importBackupFile(
      new File([JSON.stringify(file)], 'big.json'),
      (m) => progress.push(m),
      async () => void pauses++,
    );
    expect(progress).toContain('Checking conversations… 2,000 of 5,000');
    expect(progress).toContain('Checking conversations… 4,000 of 5,000');
    expect(progress.at(-1)).toBe('Saving 5,001 records…');
    expect(pauses).toBeGreaterThanOrEqual(4);
    expect(message).toContain('5000 conversations added');
    expect((await loadSnapshot()).conversations.size).toBe(5000);
  });

  it('CSV export: contacts and conversations with points, as spreadsheet files', async () => {
    const conv = await logRequest({
      contact: { ...contact('ada'), name: '=cmd|calc' },
      channel: 'linkedin-note',
      goal: 1,
    });
    expect(conv).toBeTruthy();
    render(<App />);
    await ready();
    fireEvent.click(screen.getByTestId('csv-export-contacts'));
    fireEvent.click(screen.getByTestId('csv-export-conversations'));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved.map((s) => s.name).sort()[0]).toMatch(/^fifteen-contacts-\d{4}-\d{2}-\d{2}\.csv$/);
    const contactsFile = saved.find((s) => s.name.startsWith('fifteen-contacts'))!.text;
    expect(contactsFile.startsWith('\uFEFFName,')).toBe(true);
    expect(contactsFile).toContain("'=cmd|calc");
    expect(saved.find((s) => s.name.startsWith('fifteen-conversations'))!.text).toContain('Points');
  });

  it('Connections.csv: imports people by slug and lists the rows it could not read', async () => {
    await logRequest({
      contact: { ...contact('priya-raman'), name: 'Priya Raman', company: 'Stripe' },
      channel: 'linkedin-note',
      goal: 1,
    });
    render(<App />);
    await ready();
    const csv = [
      'Notes:',
      '"When exporting your connection data, you may notice that some of the email addresses are missing."',
      '',
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      'Priya,Raman,https://www.linkedin.com/in/priya-raman,,Stripe,Senior Product Manager,01 Nov 2026',
      'Marcus,Oyelaran,https://www.linkedin.com/in/marcus-oyelaran,,Monzo,Head of Design,02 Nov 2026',
      'Dana,Whitfield,,,Acme,Recruiter,03 Nov 2026',
      ',,https://www.linkedin.com/in/nobody,,,,04 Nov 2026',
    ].join('\n');
    upload(screen.getByTestId('connections-import'), 'Connections.csv', csv);
    await waitFor(() =>
      expect(screen.getByTestId('connections-status').textContent).toBe(
        'Imported: 1 contact added, 1 updated, 0 already up to date.',
      ),
    );
    const list = within(screen.getByTestId('connections-problems'));
    expect(list.getByText(/2 rows could not be imported/)).toBeTruthy();
    const items = list.getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toMatch(/^Line 7: no profile URL/);
    expect(items[1]).toMatch(/^Line 8: no name/);
    const snap = await loadSnapshot();
    expect([...snap.contacts.keys()].sort()).toEqual(['marcus-oyelaran', 'priya-raman']);
    expect(snap.contacts.get('priya-raman')?.role).toBe('Senior Product Manager');
  });

  it('Connections.csv: another kind of file is refused, saying so', async () => {
    render(<App />);
    await ready();
    upload(screen.getByTestId('connections-import'), 'photo.csv', 'a,b,c\n1,2,3\n');
    await waitFor(() =>
      expect(screen.getByTestId('connections-status').textContent).toMatch(
        /photo\.csv: This doesn't look like LinkedIn's Connections\.csv/,
      ),
    );
    expect((await loadSnapshot()).contacts.size).toBe(0);
  });

  it('erase: says what will be lost, offers an export, and erases only when confirmed', async () => {
    await logRequest({ contact: contact('ada'), channel: 'linkedin-note', goal: 1 });
    await logRequest({ contact: contact('ada'), channel: 'email', goal: 2 });
    await logRequest({ contact: contact('bob'), channel: 'email', goal: 2 });
    render(<App />);
    await ready();
    fireEvent.click(await screen.findByTestId('erase-start'));
    const dialog = screen.getByTestId('erase-confirm');
    expect(dialog.textContent).toContain('This deletes 2 contacts, 3 conversations, your templates and your settings');
    expect(document.activeElement).toBe(dialog);
    fireEvent.click(within(dialog).getByText(strings.erase.exportFirst));
    await waitFor(() => expect(saved).toHaveLength(1));
    fireEvent.click(within(dialog).getByText(strings.erase.cancel));
    expect(screen.queryByTestId('erase-confirm')).toBeNull();
    expect((await loadSnapshot()).conversations.size).toBe(3);
    fireEvent.click(screen.getByTestId('erase-start'));
    fireEvent.keyDown(screen.getByTestId('erase-confirm'), { key: 'Escape' });
    expect(screen.queryByTestId('erase-confirm')).toBeNull();
    fireEvent.click(screen.getByTestId('erase-start'));
    fireEvent.click(screen.getByTestId('erase-confirm-yes'));
    await waitFor(() => expect(screen.getByTestId('erase-status').textContent).toBe(strings.erase.done));
    const snap = await loadSnapshot();
    expect(snap.contacts.size + snap.conversations.size).toBe(0);
  });

  it('unreadable stored data: lists what and where, and exports everything exactly as stored', async () => {
    await logRequest({ contact: contact('ada'), channel: 'linkedin-note', goal: 1 });
    await browser.storage.local.set({ [shardKey('contacts', 15)]: 'not a shard', [KEY_SETTINGS]: 7 });
    render(<App />);
    const panel = within(await screen.findByTestId('store-problems', {}, { timeout: 3000 }));
    expect(panel.getByText(/2 stored items could not be read/)).toBeTruthy();
    const items = panel.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      expect.stringMatching(/^fifteen:contacts:f — A block of contacts could not be read/),
      expect.stringMatching(/^settings — Your settings could not be read/),
    ]);
    // The rest of the page works: settings (defaults) and the erase panel's counts.
    await ready();
    expect(screen.getByTestId('erase-start')).toBeTruthy();
    fireEvent.click(panel.getByRole('button', { name: strings.storeProblems.exportRaw }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toMatch(/^fifteen-as-stored-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(saved[0]!.text);
    expect(file.format).toBe('fifteen-as-stored');
    expect(file.storage[shardKey('contacts', 15)]).toBe('not a shard');
    expect(file.storage[KEY_SETTINGS]).toBe(7);
    // Shards are stored as JSON text, and exported as stored.
    const shards = await Promise.all(
      Object.values(file.storage).map((shard) => (typeof shard === 'string' ? decodeShard(shard) : undefined)),
    );
    expect(shards.some((shard) => !!shard && 'ada' in shard)).toBe(true);
    expect(panel.getByTestId('raw-export-status').textContent).toMatch(
      /^Saved fifteen-as-stored-.*exactly as stored\.$/,
    );
  });

  it('data from a newer version: says so and still offers the raw export', async () => {
    await logRequest({ contact: contact('ada'), channel: 'linkedin-note', goal: 1 });
    await browser.storage.local.set({ [KEY_META]: { schemaVersion: SCHEMA_VERSION + 1 } });
    render(<App />);
    expect((await screen.findByRole('alert', {}, { timeout: 3000 })).textContent).toBe(strings.readOnly);
    expect(
      within(screen.getByTestId('store-problems')).getByRole('button', { name: strings.storeProblems.exportRaw }),
    ).toBeTruthy();
  });

  it('data from a newer version: import, erase, templates and settings are off, each saying why; export still works', async () => {
    await logRequest({ contact: contact('ada'), channel: 'linkedin-note', goal: 1 });
    await browser.storage.local.set({ [KEY_META]: { schemaVersion: SCHEMA_VERSION + 1 } });
    render(<App />);
    await screen.findByRole('alert', {}, { timeout: 3000 });
    const importer = (await screen.findByTestId('backup-import')) as HTMLInputElement;
    await waitFor(() => expect(importer.disabled).toBe(true));
    expect(screen.getByTestId('backup-read-only').textContent).toBe(strings.backup.readOnly);
    expect(importer.getAttribute('aria-describedby')).toBe('backup-read-only');
    expect((screen.getByTestId('erase-start') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('erase-read-only').textContent).toBe(strings.erase.readOnly);
    expect((screen.getByTestId('connections-import') as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByTestId('connections-read-only').textContent).toBe(strings.connections.readOnly);
    expect(screen.getByTestId('templates-read-only').textContent).toBe(strings.templates.readOnly);
    expect(screen.getAllByTestId('settings-read-only')[0]!.textContent).toBe(strings.settings.readOnly);
    expect((screen.getByTestId('template-body') as HTMLTextAreaElement).disabled).toBe(true);
    expect((screen.getByLabelText(strings.settings.you.myName) as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('backup-export'));
    await waitFor(() => expect(saved).toHaveLength(1));
  });
});
