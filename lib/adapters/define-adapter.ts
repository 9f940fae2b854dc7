import type { Role } from '../nlp/types';

/** What an adapter reads from one message element. Missing author or time is inherited
 * from the previous message of the same group by the observer, or stamped when first seen. */
export interface RawMessage {
  id?: string;
  role?: Role;
  text: string;
  time?: number;
  /** The helpdesk shows the message as deleted (its text is gone). */
  deleted?: boolean;
}

/**
 * One helpdesk, described as data plus a few pure readers. An adapter does no I/O, keeps no
 * state and has no side effects on import: the shared observer (`lib/content/chat-observer.ts`)
 * does the watching and messaging.
 *
 * @example
 * export default defineAdapter({
 *   id: 'demo',
 *   name: 'Tact demo helpdesk',
 *   version: 1,
 *   matches: [],
 *   selectors: { thread: '[data-tact-demo-thread]', message: '.msg', composer: '#composer' },
 *   detect: (doc) => doc.querySelector('[data-tact-demo-thread]') !== null,
 *   conversationId: (thread) => thread.getAttribute('data-conversation-id'),
 *   readMessage: (el) => ({ text: el.textContent ?? '' }),
 * });
 */
export interface HelpdeskAdapter {
  /** Equals the file name; used in logs, settings and `data-adapter`. */
  id: string;
  name: string;
  /** Bumped whenever the selectors change, so a health report names the set that broke. */
  version: number;
  /** Match patterns of the hosted (SaaS) version; self-hosted ones are recognised by `detect`. */
  matches: string[];
  selectors: {
    /** The element holding one conversation's message list. */
    thread: string;
    /** One message inside the thread. */
    message: string;
    /** The agent's reply box (the editable element itself). */
    composer: string;
  };
  /** True when the document is this helpdesk's agent view (its DOM signature). */
  detect(doc: Document): boolean;
  conversationId(thread: Element, doc: Document): string | null;
  readMessage(el: Element): RawMessage | null;
  /** The customer's display name, when the page shows it. */
  customerName?(thread: Element, doc: Document): string | undefined;
  /** When several threads are in the DOM at once: is this one in front? Default: not hidden. */
  isActive?(thread: Element): boolean;
  /** The element to click to bring a conversation to the front, where the helpdesk lists them. */
  conversationLink?(doc: Document, conversationId: string): HTMLElement | null;
}

export function defineAdapter(adapter: HelpdeskAdapter): HelpdeskAdapter {
  return adapter;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** "Mar 4, 2:03 PM", "March 4 14:03": month name, day, clock; no year. */
const MONTH_DAY_CLOCK = /^([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{1,2}):(\d{2})\s*([ap]m)?$/i;

/** How far ahead of the browser's clock a page's clock may run (clock skew) before a time reads as the day or year before. */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * "Mar 4, 2:03 PM", "today 09:41", "09:41": a helpdesk's display time as epoch ms, if it is
 * one. A message is never from the future: a bare clock time later than now is yesterday's
 * (23:50 read just after midnight), and a date without a year later than now is last year's.
 */
export function parseDisplayTime(text: string | null | undefined, now = new Date()): number | undefined {
  const value = text?.trim();
  if (!value) return undefined;
  const clock = /^(?:(today|yesterday)\s+)?(\d{1,2}):(\d{2})\s*([ap]m)?$/i.exec(value);
  if (clock) {
    const day = new Date(now);
    const dayWord = clock[1]?.toLowerCase();
    if (dayWord === 'yesterday') day.setDate(day.getDate() - 1);
    let hours = Number(clock[2]) % 24;
    if (clock[4]?.toLowerCase() === 'pm' && hours < 12) hours += 12;
    if (clock[4]?.toLowerCase() === 'am' && hours === 12) hours = 0;
    day.setHours(hours, Number(clock[3]), 0, 0);
    if (!dayWord && day.getTime() > now.getTime() + CLOCK_SKEW_MS) day.setDate(day.getDate() - 1);
    return day.getTime();
  }
  const monthDay = MONTH_DAY_CLOCK.exec(value);
  const month = monthDay && MONTHS.indexOf(monthDay[1]!.slice(0, 3).toLowerCase());
  if (monthDay && month !== null && month >= 0) {
    // The common helpdesk form, read directly: the browser's legacy date parser is several
    // times slower, and a chat history holds thousands of these.
    let hours = Number(monthDay[3]);
    const meridiem = monthDay[5]?.toLowerCase();
    if (meridiem === 'pm' && hours < 12) hours += 12;
    if (meridiem === 'am' && hours === 12) hours = 0;
    if (hours < 24) {
      const date = new Date(now.getFullYear(), month, Number(monthDay[2]), hours, Number(monthDay[4]));
      if (date.getTime() > now.getTime() + CLOCK_SKEW_MS) date.setFullYear(date.getFullYear() - 1);
      return date.getTime();
    }
  }
  // "Mar 4, 2:03 PM" has no year: the browser's parser assumes 2001, so add the current one.
  const parsed = Date.parse(/\d{4}/.test(value) ? value : `${value.replace(',', ` ${now.getFullYear()},`)}`);
  return Number.isNaN(parsed) ? undefined : parsed;
}
