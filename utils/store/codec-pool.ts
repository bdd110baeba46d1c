// Compression off the main thread: a small pool of workers (entrypoints/codec-worker.ts) that
// gzip + base64 shard text, so a page importing tens of MB stays responsive and the JSON work on
// the main thread overlaps with the compression. Reading stays in the page: gunzip is several
// times cheaper than gzip, and shipping 23 MB of text back from workers cost more than it saved
// (an export of 50,000 was ~15% slower that way). Pages opt in
// (useCodecWorkers); everywhere else — the background (a service worker in Chrome has no
// Worker), the popup, tests — and for small shards, the codec runs in-thread as before. A worker
// that fails to load, errors or does not answer in time is never waited on: the pool is shut
// and the work is done in-thread, so a transaction (and its lock) always ends.
import { browser } from '#imports';
import { compressText, type CodecReply, type CodecRequest } from './codec';
import { errorMessage } from '../domain/errors';
import { type Raw } from '../domain/raw';

/** What the pool needs of a Worker (a fake one in tests). */
export interface WorkerLike {
  postMessage(message: CodecRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<CodecReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror?: ((event: MessageEvent) => void) | null;
}

export interface CodecPoolOptions {
  spawn: () => WorkerLike;
  size: number;
  /** How long one job may take before the pool gives up on its workers, by text length. */
  timeoutMs?: (chars: number) => number;
}

/** Generous: a 1.5 MB shard takes ~30 ms; only a hung or dead worker reaches this. */
const defaultTimeout = (chars: number): number => 5000 + chars / 1000;

interface Pending {
  resolve: (text: string) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
  worker: number;
  chars: number;
}

export class CodecPool {
  private workers: WorkerLike[] | undefined;
  private readonly pending = new Map<number, Pending>();
  private load: number[] = [];
  private nextId = 1;
  /** Set for good once a worker failed: every later job is refused (and done in-thread). */
  broken = false;

  constructor(private readonly options: CodecPoolOptions) {}

  private start(): WorkerLike[] {
    if (this.workers) return this.workers;
    const workers: WorkerLike[] = [];
    try {
      for (let i = 0; i < this.options.size; i++) {
        const w = this.options.spawn();
        w.onmessage = (e) => this.settle(e.data);
        w.onerror = (e) => this.fail(`the compression worker failed (${e.message || 'no message'})`);
        w.onmessageerror = () => this.fail('the compression worker sent an unreadable answer');
        workers.push(w);
      }
    } catch (e) {
      for (const w of workers) w.terminate();
      this.broken = true;
      throw e instanceof Error ? e : new Error(String(e));
    }
    this.load = workers.map(() => 0);
    return (this.workers = workers);
  }

  /** Starts the workers ahead of the work, so their start-up overlaps with reading a file. */
  warm(): void {
    if (this.broken) return;
    try {
      this.start();
    } catch {
      // Refused for good (broken): the work will be done in the page.
    }
  }

  /** Runs one job on the least busy worker; rejects on a worker failure or timeout. */
  run(text: string): Promise<string> {
    if (this.broken) return Promise.reject(new Error('the compression workers are unavailable'));
    let workers: WorkerLike[];
    try {
      workers = this.start();
    } catch (e) {
      return Promise.reject(e as Error);
    }
    const worker = this.load.indexOf(Math.min(...this.load));
    const id = this.nextId++;
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => this.fail('the compression worker did not answer in time'),
        (this.options.timeoutMs ?? defaultTimeout)(text.length),
      );
      this.pending.set(id, { resolve, reject, timer, worker, chars: text.length });
      this.load[worker]! += text.length;
      try {
        workers[worker]!.postMessage({ id, text });
      } catch (e) {
        this.fail(`the compression worker could not be reached (${errorMessage(e)})`);
      }
    });
  }

  private settle(reply: CodecReply): void {
    const p = this.pending.get(reply.id);
    if (!p) return;
    this.pending.delete(reply.id);
    clearTimeout(p.timer);
    this.load[p.worker]! -= p.chars;
    if (reply.ok) p.resolve(reply.text);
    else p.reject(new Error(reply.error));
  }

  /** Gives up on the workers: every job in flight is refused, and so is every later one. */
  private fail(why: string, warn = true): void {
    if (this.broken && !this.workers) return;
    this.broken = true;
    if (warn) console.warn(`[Fifteen] ${why}; compressing in the page instead.`);
    for (const w of this.workers ?? []) w.terminate();
    this.workers = undefined;
    const error = new Error(why);
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(error);
    }
    this.pending.clear();
  }

  /** Stops the workers; jobs in flight are refused (their callers code in the page instead). */
  close(): void {
    this.fail('the compression workers were stopped', false);
  }
}

/** Below this many characters a shard is coded in-thread: the hop would cost more than it saves. */
export const WORKER_MIN_CHARS = 64 * 1024;

let pool: CodecPool | null = null;

/**
 * Lets this page's large shards be coded by workers. Call from an extension page (it loads its
 * own codec-worker.js; no web_accessible_resources needed). A no-op where Worker is missing.
 */
export function useCodecWorkers(options?: Partial<CodecPoolOptions>): void {
  if (pool && !pool.broken) return;
  if (!options?.spawn && typeof Worker !== 'function') return;
  const cores = (globalThis.navigator?.hardwareConcurrency as number | undefined) ?? 2;
  pool = new CodecPool({
    spawn: () => new Worker(browser.runtime.getURL('/codec-worker.js')) as unknown as WorkerLike,
    size: Math.min(3, Math.max(1, cores)),
    ...options,
  });
}

/** Starts this page's codec workers now, before a backup's shards reach them. */
export function warmCodecWorkers(): void {
  pool?.warm();
}

/** Back to in-thread coding (tests; a page going away). */
export function stopCodecWorkers(): void {
  pool?.close();
  pool = null;
}

/**
 * Encodes shards for storage. Each is turned into JSON here (the records live in this thread)
 * and, when large, compressed by a worker while the next one is being turned into JSON.
 */
export async function encodeShards(shards: readonly Raw[]): Promise<string[]> {
  const out: Promise<string>[] = [];
  for (const shard of shards) {
    const text = JSON.stringify(shard);
    const p =
      pool && !pool.broken && text.length >= WORKER_MIN_CHARS
        ? pool.run(text).catch(() => compressText(text))
        : compressText(text);
    out.push(p);
  }
  return Promise.all(out);
}
