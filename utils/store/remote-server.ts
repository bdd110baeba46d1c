// The background's side of the content scripts' store requests (see ./remote.ts).
import * as ops from './operations';
import type { RemoteOp, RemoteResult, StoreReply, StoreRequest } from './remote';

/** The operations a content script may ask for. */
export const REMOTE_OPS = {
  saveContact: ops.saveContact,
  logRequest: ops.logRequest,
  recordOutcome: ops.recordOutcome,
  updateConversation: ops.updateConversation,
  profileState: ops.profileState,
} as const;

export function isStoreRequest(message: unknown): message is StoreRequest {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Partial<StoreRequest>;
  return m.type === 'fifteen/store' && typeof m.op === 'string' && Object.hasOwn(REMOTE_OPS, m.op) && Array.isArray(m.args);
}

/** In the background: runs a request and always answers (errors as a message, not a throw). */
export async function handleStoreRequest(request: StoreRequest): Promise<StoreReply> {
  try {
    const fn = REMOTE_OPS[request.op] as (...a: unknown[]) => Promise<unknown>;
    return { ok: true, value: (await fn(...request.args)) as RemoteResult<RemoteOp> };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

