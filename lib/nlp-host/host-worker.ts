import type { NlpHostNotice, NlpWorkerServe } from '../messaging/protocol';

/** The part of a dedicated Worker the host uses (a fake in unit tests). */
export interface WorkerLike {
  postMessage(message: NlpWorkerServe, transfer: Transferable[]): void;
  onerror: ((event: { message?: string }) => void) | null;
  terminate(): void;
}

/** The host's end of a service worker's notice channel (see NlpHostConnect). */
export interface NoticePort {
  postMessage(notice: NlpHostNotice): void;
  close(): void;
}

/**
 * The host document's analysis worker. It starts at once, so wink's model is loading before the
 * first message, and again after a crash. Each service worker's call channel is handed to it
 * (transferred), so calls travel from the service worker to this worker with no stop on the
 * document's main thread. A crashed worker is ended and the service worker is told on its notice
 * port, so it connects again at once (and its next channel gets a new worker) instead of waiting
 * for answers that died with the worker.
 */
export function hostWorker(spawn: () => WorkerLike, report: (message: string) => void = console.error): { serve(calls: MessagePort, notices?: NoticePort): void } {
  let worker: WorkerLike | undefined;
  /** The notice port of the newest service worker: an older one's life has ended. */
  let listener: NoticePort | undefined;
  const start = (): WorkerLike => {
    const started = spawn();
    started.onerror = (event) => {
      report(`[tact] the analysis worker stopped: ${event.message ?? 'unknown error'}`);
      started.terminate();
      if (worker !== started) return;
      worker = undefined;
      listener?.postMessage({ type: 'nlp:worker-lost' });
    };
    return started;
  };
  worker = start();
  return {
    serve(calls, notices) {
      if (listener !== notices) listener?.close();
      listener = notices;
      worker ??= start();
      worker.postMessage({ type: 'nlp:serve' }, [calls]);
    },
  };
}
