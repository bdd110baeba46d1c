// How a shard of records is written into storage: as JSON text, gzip-compressed and base64
// encoded ("gz:…"). Browsers store and hand back one short string much faster than a long one,
// and far faster than the same data as objects (Chromium, 50,000 conversations, 23 MB of JSON:
// written in 2.0 s in all instead of 3.8 s as plain text and 22 s as objects; read back in 0.7 s
// instead of 1.4 s and 5.7 s). Plain JSON text and objects (earlier layouts) still read.
// Compressing text (gzip + base64) is also what the codec worker runs (./codec-pool.ts): it needs
// nothing but the platform, so this module imports nothing.
import { errorMessage } from '../domain/errors';
import { isObj, type Raw } from '../domain/raw';

const GZ = 'gz:';

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const writer = transform.writable.getWriter();
  void writer
    .write(bytes as Uint8Array<ArrayBuffer>)
    .then(() => writer.close())
    .catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = transform.readable.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

// The platform's own base64 (Chromium 140+, Firefox 133+) is one native call; the fallback
// goes through a binary string, several times slower on megabytes.
interface NativeBase64 {
  toBase64?: (this: Uint8Array) => string;
}
interface NativeFromBase64 {
  fromBase64?: (text: string) => Uint8Array;
}
const nativeTo = (Uint8Array.prototype as NativeBase64).toBase64;
const nativeFrom = (Uint8Array as unknown as NativeFromBase64).fromBase64;

function toBase64(bytes: Uint8Array): string {
  if (nativeTo) return nativeTo.call(bytes);
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(b64: string): Uint8Array {
  if (nativeFrom) return nativeFrom(b64);
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** JSON text → "gz:" + base64 of its gzip. */
export async function compressText(json: string): Promise<string> {
  return GZ + toBase64(await pipe(new TextEncoder().encode(json), new CompressionStream('gzip')));
}

/** A stored "gz:…" string → the JSON text inside it (throws when it is damaged). */
async function decompressText(stored: string): Promise<string> {
  return new TextDecoder().decode(await pipe(fromBase64(stored.slice(GZ.length)), new DecompressionStream('gzip')));
}

export function encodeShard(shard: Raw): Promise<string> {
  return compressText(JSON.stringify(shard));
}

/** The object of records in a stored shard's JSON text, or undefined when it is not one. */
function parseShardText(text: string): Raw | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return isObj(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** A stored shard as an object of records, or undefined when it cannot be read. */
export async function decodeShard(stored: unknown): Promise<Raw | undefined> {
  if (isObj(stored)) return stored;
  if (typeof stored !== 'string') return undefined;
  try {
    return parseShardText(stored.startsWith(GZ) ? await decompressText(stored) : stored);
  } catch {
    return undefined;
  }
}

/** What the codec worker is asked to compress, and what it answers. */
export interface CodecRequest {
  id: number;
  text: string;
}
export type CodecReply = { id: number; ok: true; text: string } | { id: number; ok: false; error: string };

export async function runCodecRequest(req: CodecRequest): Promise<CodecReply> {
  try {
    return { id: req.id, ok: true, text: await compressText(req.text) };
  } catch (e) {
    return { id: req.id, ok: false, error: errorMessage(e) };
  }
}
