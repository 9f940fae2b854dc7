import { describe, expect, it } from 'vitest';
import { parseDisplayTime } from './define-adapter';

const now = new Date(2026, 11, 5, 15, 30);

describe('reading a helpdesk display time', () => {
  it.each([
    ['Mar 4, 2:03 PM', new Date(2026, 2, 4, 14, 3)],
    ['Mar 4, 12:03 AM', new Date(2026, 2, 4, 0, 3)],
    ['Dec 5, 12:15 PM', new Date(2026, 11, 5, 12, 15)],
    ['March 4 14:03', new Date(2026, 2, 4, 14, 3)],
    ['sept. 9, 9:41 am', new Date(2026, 8, 9, 9, 41)],
    ['today 09:41', new Date(2026, 11, 5, 9, 41)],
    ['yesterday 23:59', new Date(2026, 11, 4, 23, 59)],
    ['2:03 PM', new Date(2026, 11, 5, 14, 3)],
  ])('reads %s', (text, expected) => {
    expect(parseDisplayTime(text, now)).toBe(expected.getTime());
  });

  it('reads month-day times as the browser does, with the current year', () => {
    for (const text of ['Jan 1, 1:00 AM', 'Feb 28, 11:59 PM', 'Jul 14, 12:00 PM', 'Nov 30, 6:07 am']) {
      expect(parseDisplayTime(text, now)).toBe(Date.parse(`${text.replace(',', ' 2026,')}`));
    }
  });

  it('leaves what is not a time, or not a valid one, to the fallback or undefined', () => {
    expect(parseDisplayTime('', now)).toBeUndefined();
    expect(parseDisplayTime('delivered', now)).toBeUndefined();
    expect(parseDisplayTime('Foo 4, 2:03 PM', now)).toBeUndefined();
    expect(parseDisplayTime('2026-03-04T14:03:00Z', now)).toBe(Date.parse('2026-03-04T14:03:00Z'));
  });
});

const at = (iso: string) => new Date(iso);
const local = (ms: number | undefined) => {
  const d = new Date(ms ?? Number.NaN);
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()} ${d.getHours()}:${String(d.getMinutes()).padStart(2, '0')}`;
};

describe('parseDisplayTime', () => {
  it('reads a bare clock time later than now as yesterday’s (just after midnight)', () => {
    const now = at('2026-12-06T00:13:00');
    expect(local(parseDisplayTime('23:43', now))).toBe('2026-12-5 23:43');
    expect(local(parseDisplayTime('11:43 PM', now))).toBe('2026-12-5 23:43');
    expect(local(parseDisplayTime('00:10', now))).toBe('2026-12-6 0:10');
    // A few minutes ahead is the page's clock running fast, not yesterday.
    expect(local(parseDisplayTime('00:16', now))).toBe('2026-12-6 0:16');
  });

  it('keeps the day a page names', () => {
    const now = at('2026-12-06T00:13:00');
    expect(local(parseDisplayTime('yesterday 23:43', now))).toBe('2026-12-5 23:43');
    expect(local(parseDisplayTime('today 09:41', at('2026-12-06T10:00:00')))).toBe('2026-12-6 9:41');
  });

  it('reads a date without a year later than now as last year’s', () => {
    const now = at('2027-01-02T09:00:00');
    expect(local(parseDisplayTime('Dec 31, 11:02 PM', now))).toBe('2026-12-31 23:02');
    expect(local(parseDisplayTime('Jan 2, 8:30 AM', now))).toBe('2027-1-2 8:30');
  });
});
