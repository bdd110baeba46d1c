// The codec workers: large shards are compressed there, and read back the same; a worker that fails to
// start, errors or hangs is given up on, and the work is done in the page, so a transaction
// (and the lock it holds) always ends.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { decodeShard, runCodecRequest, type CodecReply, type CodecRequest } from '@/utils/store/codec';
import {
  encodeShards,
  stopCodecWorkers,
  useCodecWorkers,
  WORKER_MIN_CHARS,
  type WorkerLike,
} from '@/utils/store/codec-pool';

const decodeShards = (stored: string[]) => Promise.all(stored.map((s) => decodeShard(s)));
import { loadSnapshot, transact } from '@/utils/store/repository';
import { importBackup, saveContact } from '@/utils/store/operations';
import { readBackup } from '@/utils/domain/backup';

type Behaviour = 'works' | 'hangs' | 'errors';

/** A stand-in for new Worker(codec-worker.js): runs the worker's code, or misbehaves. */
class FakeWorker implements WorkerLike {
  static jobs: number[] = [];
  static terminated = 0;
  onmessage: ((event: MessageEvent<CodecReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  constructor(private readonly behaviour: Behaviour) {}
  postMessage(message: CodecRequest): void {
    FakeWorker.jobs.push(message.text.length);
    if (this.behaviour === 'hangs') return;
    if (this.behaviour === 'errors') {
      setTimeout(() => this.onerror?.({ message: 'failed to load' } as ErrorEvent));
      return;
    }
    void runCodecRequest(message).then((reply) => this.onmessage?.({ data: reply } as MessageEvent<CodecReply>));
  }
  terminate(): void {
    FakeWorker.terminated++;
  }
}

const bigShard = (tag: string, n = 1500): Record<string, unknown> =>
  Object.fromEntries(
    Array.from({ length: n }, (_, i) => [`${tag}${i}`, { id: `${tag}${i}`, name: `Person ${i} ${'x'.repeat(40)}` }]),
  );

const iso = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 3_600_000).toISOString();
function backup(n: number) {
  const contacts = Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    name: `Person ${i}`,
    notes: 'n'.repeat(30),
    createdAt: iso(i),
    updatedAt: iso(i),
  }));
  const conversations = Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    contactId: `p${i}`,
    status: 'met',
    channel: 'email',
    goal: 2,
    notes: 'Talked about the team.',
    createdAt: iso(i),
    updatedAt: iso(i + 1),
  }));
  const r = readBackup(
    JSON.stringify({ format: 'fifteen-backup', version: 1, exportedAt: iso(0), contacts, conversations, settings: {} }),
  );
  if (!r.ok) throw new Error(r.error);
  return r.backup;
}

describe('the codec workers', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    FakeWorker.jobs = [];
    FakeWorker.terminated = 0;
  });
  afterEach(() => stopCodecWorkers());

  it('compress large shards in the workers, small ones in the page, with the same result', async () => {
    useCodecWorkers({ spawn: () => new FakeWorker('works'), size: 2 });
    const shards = [bigShard('a'), bigShard('b'), { small: { id: 'small', name: 'S' } }];
    expect(JSON.stringify(shards[0]).length).toBeGreaterThan(WORKER_MIN_CHARS);
    const encoded = await encodeShards(shards);
    expect(FakeWorker.jobs).toEqual([JSON.stringify(shards[0]).length, JSON.stringify(shards[1]).length]);
    expect(encoded.every((e) => e.startsWith('gz:'))).toBe(true);
    expect(await decodeShards(encoded)).toEqual(shards);
  });

  it('import and read back a backup through the workers', async () => {
    useCodecWorkers({ spawn: () => new FakeWorker('works'), size: 2 });
    const summary = await importBackup(backup(4000));
    expect(summary.conversations.added).toBe(4000);
    expect(FakeWorker.jobs.length).toBeGreaterThan(0);
    const snap = await loadSnapshot();
    expect(snap.conversations.size).toBe(4000);
    expect(snap.contacts.get('p17')?.name).toBe('Person 17');
    expect(snap.problems).toEqual([]);
  });

  for (const behaviour of ['hangs', 'errors'] as const) {
    it(`when a worker ${behaviour === 'hangs' ? 'never answers' : 'fails to load'}, the import still ends, done in the page, and the lock is free`, async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      useCodecWorkers({ spawn: () => new FakeWorker(behaviour), size: 2, timeoutMs: () => 50 });
      const summary = await importBackup(backup(4000));
      expect(summary.conversations.added).toBe(4000);
      expect(FakeWorker.jobs.length).toBeGreaterThan(0);
      expect(FakeWorker.terminated).toBe(2);
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/compressing in the page instead/));
      // Given up on for good: later work goes straight to the page.
      const before = FakeWorker.jobs.length;
      await saveContact({ id: 'after', name: 'After' });
      expect(await transact(async (tx) => (await tx.getContact('after'))?.name)).toBe('After');
      expect((await loadSnapshot()).conversations.size).toBe(4000);
      expect(FakeWorker.jobs.length).toBe(before);
    });
  }

  it('when stopped with work in flight, that work is done in the page (nothing waits for ever)', async () => {
    useCodecWorkers({ spawn: () => new FakeWorker('hangs'), size: 2, timeoutMs: () => 60_000 });
    const shards = [bigShard('a'), bigShard('b')];
    const encoding = encodeShards(shards);
    await vi.waitFor(() => expect(FakeWorker.jobs.length).toBe(2));
    stopCodecWorkers();
    expect(await decodeShards(await encoding)).toEqual(shards);
  });

  it('fall back to the page when no worker can be started', async () => {
    useCodecWorkers({
      spawn: () => {
        throw new Error('Worker is not allowed here');
      },
      size: 2,
    });
    const shards = [bigShard('a')];
    expect(await decodeShards(await encodeShards(shards))).toEqual(shards);
  });

  it('are not used unless the page asks for them (the background, the popup)', async () => {
    const shards = [bigShard('a')];
    expect(await decodeShards(await encodeShards(shards))).toEqual(shards);
    expect(FakeWorker.jobs).toEqual([]);
  });
});

describe('warming the codec workers', () => {
  afterEach(() => stopCodecWorkers());

  it('starts them before any work, once', async () => {
    let spawned = 0;
    useCodecWorkers({ spawn: () => (spawned++, new FakeWorker('works')), size: 2 });
    const { warmCodecWorkers } = await import('@/utils/store/codec-pool');
    warmCodecWorkers();
    expect(spawned).toBe(2);
    warmCodecWorkers();
    await encodeShards([bigShard('a')]);
    expect(spawned).toBe(2);
  });
});
