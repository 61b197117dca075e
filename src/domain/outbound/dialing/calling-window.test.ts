import { describe, expect, it } from 'vitest';
import { instantOf, isHoliday, localTime, mayDialAt, nextDialTime, scheduleProblems, segmentsOf } from './calling-window.ts';
import type { DialerSchedule } from './dialer-spec.ts';

const tz = 'Asia/Shanghai'; // UTC+8, no DST
const at = (iso: string) => Date.parse(iso);
const schedule = (over: Partial<DialerSchedule> = {}): DialerSchedule => ({
  beginMs: at('2026-12-01T00:00:00+08:00'),
  endMs: at('2026-12-31T23:59:59+08:00'),
  scheduleParam: { workdayBeginTime1: '09:00', workdayEndTime1: '12:00', workdayBeginTime2: '14:00', workdayEndTime2: '18:00', holidayBeginTime1: '10:00', holidayEndTime1: '11:00' },
  holidays: [{ type: 1, week: '6,7' }],
  timeZone: tz,
  ...over,
});

describe('calling windows (Table 7-4, note 04 §5.5)', () => {
  it('reads instants in the campaign zone', () => {
    const t = localTime(at('2026-12-03T01:30:00Z'), tz);
    expect(t).toMatchObject({ date: '2026-12-03', minuteOfDay: 9 * 60 + 30, weekday: 4 });
    expect(instantOf(2026, 12, 3, 9 * 60 + 30, tz)).toBe(at('2026-12-03T01:30:00Z'));
  });

  it('handles DST zones both ways', () => {
    // 2026-03-08 02:30 does not exist in New York; 2026-11-01 01:30 happens twice.
    const ny = 'America/New_York';
    expect(localTime(instantOf(2026, 7, 1, 9 * 60, ny), ny).minuteOfDay).toBe(540);
    expect(localTime(instantOf(2026, 1, 15, 9 * 60, ny), ny).minuteOfDay).toBe(540);
    expect(instantOf(2026, 7, 1, 9 * 60, ny)).toBe(at('2026-07-01T13:00:00Z'));
    expect(instantOf(2026, 1, 15, 9 * 60, ny)).toBe(at('2026-01-15T14:00:00Z'));
  });

  it('dials inside workday segments, [begin, end)', () => {
    const s = schedule();
    expect(mayDialAt(s, at('2026-12-03T09:00:00+08:00'))).toBe(true);
    expect(mayDialAt(s, at('2026-12-03T11:59:59+08:00'))).toBe(true);
    expect(mayDialAt(s, at('2026-12-03T12:00:00+08:00'))).toBe(false);
    expect(mayDialAt(s, at('2026-12-03T08:59:00+08:00'))).toBe(false);
    expect(mayDialAt(s, at('2026-12-03T15:00:00+08:00'))).toBe(true);
  });

  it('uses holiday segments on weekly holidays and never outside strBeginTime/strEndTime', () => {
    const s = schedule();
    expect(mayDialAt(s, at('2026-12-05T09:30:00+08:00'))).toBe(false); // Saturday
    expect(mayDialAt(s, at('2026-12-05T10:30:00+08:00'))).toBe(true);
    expect(mayDialAt(s, at('2026-11-30T10:00:00+08:00'))).toBe(false);
    expect(mayDialAt(s, at('2027-01-04T10:00:00+08:00'))).toBe(false);
  });

  it('no holiday segment: no calls on holidays', () => {
    const s = schedule({ scheduleParam: { workdayBeginTime1: '09:00', workdayEndTime1: '18:00' } });
    expect(mayDialAt(s, at('2026-12-06T10:30:00+08:00'))).toBe(false);
    expect(nextDialTime(s, at('2026-12-05T10:30:00+08:00'))).toBe(at('2026-12-07T09:00:00+08:00'));
  });

  it('date-range and yearly holidays (types 2 and 3, wrapping over New Year)', () => {
    const t = (d: string) => localTime(at(`${d}T12:00:00+08:00`), tz);
    expect(isHoliday(t('2026-12-24'), [{ type: 2, beginTime: '2026-12-24', endTime: '2026-12-26' }])).toBe(true);
    expect(isHoliday(t('2026-12-27'), [{ type: 2, beginTime: '2026-12-24', endTime: '2026-12-26' }])).toBe(false);
    expect(isHoliday(t('2026-12-31'), [{ type: 3, beginTime: '12-30', endTime: '01-02' }])).toBe(true);
    expect(isHoliday(t('2027-01-02'), [{ type: 3, beginTime: '12-30', endTime: '01-02' }])).toBe(true);
    expect(isHoliday(t('2027-01-03'), [{ type: 3, beginTime: '12-30', endTime: '01-02' }])).toBe(false);
  });

  it('finds the next window: later today, the next segment, the next day, or none before the end', () => {
    const s = schedule();
    expect(nextDialTime(s, at('2026-12-03T10:00:00+08:00'))).toBe(at('2026-12-03T10:00:00+08:00'));
    expect(nextDialTime(s, at('2026-12-03T12:30:00+08:00'))).toBe(at('2026-12-03T14:00:00+08:00'));
    expect(nextDialTime(s, at('2026-12-03T19:00:00+08:00'))).toBe(at('2026-12-04T09:00:00+08:00'));
    expect(nextDialTime(s, at('2026-12-04T19:00:00+08:00'))).toBe(at('2026-12-05T10:00:00+08:00'));
    expect(nextDialTime(s, at('2026-12-31T19:00:00+08:00'))).toBeNull();
  });

  it('checks the Table 7-4 rules', () => {
    expect(scheduleProblems({ workdayBeginTime1: '09:00', workdayEndTime1: '18:00' })).toEqual([]);
    expect(scheduleProblems({ workdayBeginTime1: '09:00', workdayEndTime1: '' })).toHaveLength(2);
    expect(scheduleProblems({ workdayBeginTime1: '18:00', workdayEndTime1: '09:00' })).toContain('workday segment 1: begin must be earlier than end');
    expect(scheduleProblems({ holidayBeginTime1: '09:00', holidayEndTime1: '10:00' })).toEqual(['at least one workday segment is required']);
    expect(segmentsOf({ workdayBeginTime2: '14:00', workdayEndTime2: '15:00', workdayBeginTime1: '09:00', workdayEndTime1: null }, 'workday')).toEqual([{ begin: 840, end: 900 }]);
  });
});
