import { describe, expect, it } from 'vitest';
import { decodeShard, encodeShard } from '@/utils/store/codec';

describe('the shard codec', () => {
  const shard = { 'priya-raman': { id: 'priya-raman', name: 'Priya Raman 🙂', notes: 'Ελληνικά, 日本語, "quotes"' } };

  it('round-trips a shard through compressed text', async () => {
    const text = await encodeShard(shard);
    expect(text.startsWith('gz:')).toBe(true);
    expect(await decodeShard(text)).toEqual(shard);
  });

  it('is much smaller than the JSON for many records', async () => {
    const many = Object.fromEntries(
      Array.from({ length: 2000 }, (_, i) => [
        `c${i}`,
        { id: `c${i}`, status: 'met', channel: 'linkedin-note', createdAt: '2026-11-02T09:00:00.000Z' },
      ]),
    );
    expect((await encodeShard(many)).length).toBeLessThan(JSON.stringify(many).length / 4);
  });

  it('still reads the earlier layouts: plain JSON text and objects', async () => {
    expect(await decodeShard(JSON.stringify(shard))).toEqual(shard);
    expect(await decodeShard(shard)).toEqual(shard);
  });

  it('says a damaged or foreign value cannot be read, without throwing', async () => {
    for (const bad of ['not a shard', 'gz:!!!', 'gz:H4sIAAAAAAAA', '[1,2]', 42, null, undefined, ['a']]) {
      expect(await decodeShard(bad), String(bad)).toBeUndefined();
    }
  });
});
