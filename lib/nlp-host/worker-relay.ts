import type { NlpReply, NlpRequest, NlpWorkerAnswer, NlpWorkerCall } from '../messaging/protocol';

/** The part of a dedicated Worker the relay uses (a fake in unit tests). */
export interface WorkerLike {
  postMessage(call: NlpWorkerCall): void;
  onmessage: ((event: { data: NlpWorkerAnswer }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  terminate(): void;
}

/**
 * Passes the background's requests to the analysis worker and its replies back, matched by
 * id. A worker that crashes fails the requests it held with a clear error and is replaced on
 * the next request, so one bad moment never leaves the host answering nothing.
 */
export function workerRelay(spawn: () => WorkerLike): (request: NlpRequest) => Promise<NlpReply> {
  let worker: WorkerLike | undefined;
  let nextId = 0;
  const pending = new Map<number, (reply: NlpReply) => void>();

  const start = (): WorkerLike => {
    const started = spawn();
    started.onmessage = ({ data }) => {
      pending.get(data.id)?.(data.reply);
      pending.delete(data.id);
    };
    started.onerror = (event) => {
      started.terminate();
      if (worker === started) worker = undefined;
      for (const settle of pending.values()) settle({ ok: false, error: `the analysis worker stopped: ${event.message ?? 'unknown error'}` });
      pending.clear();
    };
    return started;
  };

  return (request) =>
    new Promise((resolve) => {
      worker ??= start();
      const id = nextId++;
      pending.set(id, resolve);
      worker.postMessage({ id, request });
    });
}
