// Goal: a channel's working time (decision 1111) reads periods in the VDN's zone, with overnight
// periods belonging to the day they begin on, and ignores what it cannot read.
import { describe, expect, it } from 'vitest';
import { parseWorkingTime, withinWorkingTime } from './working-time.ts';

const at = (iso: string) => Date.parse(iso);

describe('chat working time', () => {
  it('is always open without periods and drops unreadable ones', () => {
    expect(parseWorkingTime(undefined)).toBeNull();
    expect(parseWorkingTime([{ begin: '9:00', end: '18:00' }, { begin: '25:00', end: '18:00' }])).toBeNull();
    expect(withinWorkingTime(null, at('2026-01-10T03:00:00Z'), 'UTC')).toBe(true);
    expect(parseWorkingTime([{ begin: '09:00', end: '24:00', weekdays: [1, 9] }])).toEqual([{ weekdays: [1], beginMinute: 540, endMinute: 0 }]);
  });

  it('reads a period in the zone: [begin, end) on the listed weekdays', () => {
    const office = parseWorkingTime([{ weekdays: [1, 2, 3, 4, 5], begin: '09:00', end: '18:00' }]);
    // Monday 2026-01-05: 09:00 Shanghai is 01:00 UTC.
    expect(withinWorkingTime(office, at('2026-01-05T00:59:00Z'), 'Asia/Shanghai')).toBe(false);
    expect(withinWorkingTime(office, at('2026-01-05T01:00:00Z'), 'Asia/Shanghai')).toBe(true);
    expect(withinWorkingTime(office, at('2026-01-05T09:59:00Z'), 'Asia/Shanghai')).toBe(true);
    expect(withinWorkingTime(office, at('2026-01-05T10:00:00Z'), 'Asia/Shanghai')).toBe(false);
    // The same instant in UTC is another local time.
    expect(withinWorkingTime(office, at('2026-01-05T00:59:00Z'), 'UTC')).toBe(false);
    expect(withinWorkingTime(office, at('2026-01-05T12:00:00Z'), 'UTC')).toBe(true);
  });

  it('runs an overnight period past midnight into the next day', () => {
    const nights = parseWorkingTime([{ weekdays: [5], begin: '22:00', end: '06:00' }]);
    expect(withinWorkingTime(nights, at('2026-01-09T23:00:00Z'), 'UTC')).toBe(true); // Friday 23:00
    expect(withinWorkingTime(nights, at('2026-01-10T05:59:00Z'), 'UTC')).toBe(true); // Saturday 05:59
    expect(withinWorkingTime(nights, at('2026-01-10T06:00:00Z'), 'UTC')).toBe(false);
    expect(withinWorkingTime(nights, at('2026-01-10T23:00:00Z'), 'UTC')).toBe(false); // Saturday night
  });
});
