// The codec worker: gzip + base64 of shard text and back, for utils/store/codec-pool.ts. An
// unlisted script (codec-worker.js), started by extension pages with new Worker(); it is not
// web-accessible, and needs nothing but the platform.
import { defineUnlistedScript } from '#imports';
import { runCodecRequest, type CodecRequest } from '@/utils/store/codec';

export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as {
    onmessage: ((e: MessageEvent<CodecRequest>) => void) | null;
    postMessage: (m: unknown) => void;
  };
  scope.onmessage = (e) => {
    void runCodecRequest(e.data).then((reply) => scope.postMessage(reply));
  };
});
