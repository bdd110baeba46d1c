// How often the helper could read the person on a profile: the last 50, kept in storage.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isDataKey, KEY_READS } from '../../../utils/store/layout';
import { loadReadHealth, READS_KEPT, recordRead } from '../../../utils/store/read-health';

describe('read health', () => {
  beforeEach(() => fakeBrowser.reset());

  it('counts the profiles read and not read', async () => {
    expect(await loadReadHealth()).toEqual({ total: 0, failed: 0 });
    await recordRead(true);
    await recordRead(false);
    expect(await recordRead(true)).toEqual({ total: 3, failed: 1 });
    expect(await loadReadHealth()).toEqual({ total: 3, failed: 1 });
  });

  it(`keeps only the last ${READS_KEPT}`, async () => {
    for (let i = 0; i < 10; i++) await recordRead(false);
    for (let i = 0; i < READS_KEPT; i++) await recordRead(true);
    expect(await loadReadHealth()).toEqual({ total: READS_KEPT, failed: 0 });
    await recordRead(false);
    expect(await loadReadHealth()).toEqual({ total: READS_KEPT, failed: 1 });
  });

  it('ignores what it did not write, and is bookkeeping, not data', async () => {
    await fakeBrowser.storage.local.set({ [KEY_READS]: [1, 'x', 0, null, 2, 0] });
    expect(await loadReadHealth()).toEqual({ total: 3, failed: 2 });
    await fakeBrowser.storage.local.set({ [KEY_READS]: 'garbage' });
    expect(await loadReadHealth()).toEqual({ total: 0, failed: 0 });
    expect(isDataKey(KEY_READS)).toBe(false);
  });

  it('concurrent counts are all kept', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => recordRead(i % 2 === 0)));
    expect(await loadReadHealth()).toEqual({ total: 20, failed: 10 });
  });
});
