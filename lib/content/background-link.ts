import { CONTENT_PORT, type ContentPortAck, type ContentPortMessage, type ContentToBackground } from '../messaging/protocol';

/** The part of a runtime port the link uses (browser.runtime.Port, or a test double). */
export interface LinkPort {
  postMessage(message: ContentPortMessage): void;
  onMessage: { addListener(listener: (message: ContentPortAck) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

export interface LinkOptions {
  connect(name: string): LinkPort;
  /** Reads (and so clears) runtime.lastError after a disconnect, so the browser logs nothing. */
  lastError?: () => unknown;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Test builds time the handling of each acknowledgement (main-thread work of the page). */
  onAckTiming?: (durationMs: number) => void;
}

export interface BackgroundLink {
  send(message: ContentToBackground): void;
  /** Messages sent but not acknowledged yet. */
  pending(): number;
  close(): void;
}

/** Past this many unacknowledged messages the oldest are dropped (a background that never answers). */
export const MAX_UNACKED = 2_000;
const FIRST_RETRY_MS = 200;
const MAX_RETRY_MS = 5_000;

/**
 * The content script's line to the background: one port, opened on first use and again after
 * the service worker stopped (which closes it). Messages stay queued until the background
 * acknowledges them, and a closed port's unacknowledged messages go out again, in order, on the
 * next port — a message posted while the worker was stopping is never lost.
 */
export function backgroundLink(options: LinkOptions): BackgroundLink {
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  const unacked = new Map<number, ContentToBackground>();
  let port: LinkPort | undefined;
  let nextSeq = 0;
  let retryMs = FIRST_RETRY_MS;
  let retryTimer: unknown;
  let closed = false;

  const onAck = (answer: ContentPortAck) => {
    if (typeof answer?.ack === 'number' && unacked.delete(answer.ack)) retryMs = FIRST_RETRY_MS;
  };
  // Timed in test builds only: the acknowledgement is main-thread work the page pays for too.
  const timedAck = options.onAckTiming;
  const handleAck = timedAck
    ? (answer: ContentPortAck) => {
        const startedAt = performance.now();
        onAck(answer);
        timedAck(performance.now() - startedAt);
      }
    : onAck;

  const open = (): LinkPort => {
    const opened = options.connect(CONTENT_PORT);
    let answered = false;
    opened.onMessage.addListener((answer) => {
      answered = true;
      handleAck(answer);
    });
    opened.onDisconnect.addListener(() => {
      options.lastError?.();
      if (port !== opened) return;
      port = undefined;
      if (unacked.size === 0) return;
      // A port that worked until the worker stopped: what it lost goes out again at once, on a
      // port that wakes the worker. A port that never answered: the worker refuses; back off.
      if (answered) resendAll();
      else scheduleResend();
    });
    return opened;
  };

  // A worker that cannot take the port (starting up, or failing) is asked again with back-off.
  const scheduleResend = () => {
    if (closed || retryTimer !== undefined) return;
    retryTimer = setTimer(() => {
      retryTimer = undefined;
      retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
      resendAll();
    }, retryMs);
  };

  const resendAll = () => {
    if (closed || unacked.size === 0) return;
    for (const [seq, message] of unacked) if (!post(seq, message)) return;
  };

  /** False when the port turned out closed: everything unacknowledged goes out again later. */
  const post = (seq: number, message: ContentToBackground): boolean => {
    try {
      port ??= open();
      port.postMessage({ seq, message });
      return true;
    } catch {
      // The port closed before its disconnect event reached us, or the extension was reloaded.
      port = undefined;
      scheduleResend();
      return false;
    }
  };

  return {
    send(message) {
      if (closed) return;
      const seq = nextSeq++;
      unacked.set(seq, message);
      if (unacked.size > MAX_UNACKED) {
        const oldest = unacked.keys().next().value as number;
        unacked.delete(oldest);
      }
      // Behind a pending resend, keep the order: this one goes out with the others.
      if (retryTimer === undefined) post(seq, message);
    },
    pending: () => unacked.size,
    close() {
      closed = true;
      clearTimer(retryTimer);
      retryTimer = undefined;
      unacked.clear();
      const current = port;
      port = undefined;
      try {
        current?.disconnect();
      } catch {
        // Already closed.
      }
    },
  };
}
