import type { NlpReply, NlpRequest, NlpWorkerAnswer } from '../messaging/protocol';
import { parseNlpRequest } from '../messaging/validate';

/** The part of a MessagePort the server uses (a real MessageChannel's port in unit tests). */
export interface CallPort {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(answer: NlpWorkerAnswer): void;
  close(): void;
}

/**
 * Answers the service worker's analysis calls on the channel the host document handed over.
 * One channel at a time: a restarted service worker's channel replaces the last one. Each call's
 * shape and size is checked; a malformed call gets an error answer at once, so its caller is not
 * left waiting for a reply that would never come.
 */
export function analysisServer(answer: (request: NlpRequest) => Promise<NlpReply>): { adopt(port: CallPort): void } {
  let current: CallPort | undefined;
  return {
    adopt(port) {
      if (current !== port) current?.close();
      current = port;
      port.onmessage = async ({ data }: MessageEvent<unknown>) => {
        const call = data as { id?: unknown; request?: unknown } | null;
        if (typeof call?.id !== 'number') return;
        const parsed = parseNlpRequest(call.request);
        const reply: NlpReply = parsed.ok ? await answer(parsed.request) : { ok: false, error: parsed.error };
        port.postMessage({ id: call.id, reply });
      };
    },
  };
}
