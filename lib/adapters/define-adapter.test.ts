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
