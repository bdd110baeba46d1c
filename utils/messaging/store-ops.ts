// The store operations a content script may ask the background for (./client.ts asks), each
// with the schema of its arguments. A content script lives in LinkedIn's page, so what it sends
// is checked here, at the edge — which operation, and every argument — before anything touches
// the store; who sent it is checked once, by ./router.ts. The client's types come from OPS.
import * as v from 'valibot';
import { CHANNELS, DurationSchema, GOALS, KnownOutcomesSchema, STATUSES, Timestamp } from '../domain/model';
import { PERSON_FIELDS } from '../domain/person';
import * as ops from '../store/operations';
import { recordRead } from '../store/read-health';
import { errorMessage } from '../domain/errors';
import type { Reply, StoreRequest } from './protocol';

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const Short = v.pipe(v.string(), v.maxLength(300));
const OptionalShort = v.nullish(Short);
const Name = v.pipe(v.string(), v.maxLength(200));
const LinkedInUrl = v.pipe(v.string(), v.regex(/^https:\/\/(www\.)?linkedin\.com\/in\/[^/?#]+\/?$/));

const ContactInputSchema = v.strictObject({
  id: Id,
  name: Short,
  firstName: OptionalShort,
  headline: OptionalShort,
  company: OptionalShort,
  role: OptionalShort,
  location: OptionalShort,
  profileUrl: v.nullish(LinkedInUrl),
  source: v.nullish(v.literal('linkedin-profile')),
});
const EditedSchema = v.optional(v.array(v.picklist(PERSON_FIELDS)), []);

/** Each operation a content script may ask for, with the schema of its arguments. */
const OPS = {
  saveContact: { fn: ops.saveContact, args: v.tuple([ContactInputSchema, EditedSchema]) },
  logRequest: {
    fn: ops.logRequest,
    args: v.tuple([
      v.strictObject({
        contact: ContactInputSchema,
        edited: EditedSchema,
        channel: v.picklist(CHANNELS),
        goal: v.picklist(GOALS),
        requestedAt: v.optional(Timestamp),
        notes: v.optional(v.pipe(v.string(), v.maxLength(5000))),
      }),
    ]),
  },
  recordOutcome: {
    fn: ops.recordOutcome,
    args: v.tuple([
      Id,
      v.strictObject({
        status: v.picklist(STATUSES),
        scheduledFor: v.nullish(Timestamp),
        durationMinutes: v.nullish(DurationSchema),
        metAt: v.nullish(Timestamp),
        outcomes: v.optional(KnownOutcomesSchema),
        referralNames: v.optional(v.pipe(v.array(Name), v.maxLength(20))),
        contactPersonName: v.nullish(Name),
        notes: v.optional(v.pipe(v.string(), v.maxLength(5000))),
      }),
    ]),
  },
  undoRequest: { fn: ops.undoRequest, args: v.tuple([Id, Id]) },
  savePrepNotes: { fn: ops.savePrepNotes, args: v.tuple([Id, Id, v.pipe(v.string(), v.maxLength(5000))]) },
  markAccepted: { fn: ops.markAccepted, args: v.tuple([Id, Id]) },
  profileState: { fn: ops.profileState, args: v.tuple([Id]) },
  recordRead: { fn: recordRead, args: v.tuple([v.boolean()]) },
} as const;

/** The operations a content script may ask for, as functions: the client's API is typed from them. */
export type RemoteOps = { [K in keyof typeof OPS]: (typeof OPS)[K]['fn'] };
export type RemoteOp = keyof RemoteOps;
export type RemoteArgs<K extends RemoteOp> = Parameters<RemoteOps[K]>;
export type RemoteResult<K extends RemoteOp> = Awaited<ReturnType<RemoteOps[K]>>;

export function isStoreRequest(message: unknown): message is StoreRequest<RemoteOp> {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Partial<StoreRequest>;
  return m.type === 'fifteen/store' && typeof m.op === 'string' && Object.hasOwn(OPS, m.op) && Array.isArray(m.args);
}

/** In the background: checks and runs a request, and always answers (errors as a message). */
export async function handleStoreRequest(request: StoreRequest<RemoteOp>): Promise<Reply<unknown>> {
  const op = OPS[request.op];
  const args = v.safeParse(op.args, request.args);
  if (!args.success) return { ok: false, error: `Fifteen refused a malformed request (${request.op}).` };
  try {
    const fn = op.fn as (...a: unknown[]) => Promise<unknown>;
    return { ok: true, value: await fn(...args.output) };
  } catch (e) {
    return { ok: false, error: errorMessage(e) };
  }
}
