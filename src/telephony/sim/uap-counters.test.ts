// Goal: the simulated UAP's counters follow each call exactly, split traffic at period ends and
// forget history beyond its bound, without timers. Method: drive UapCounters on a hand-moved clock.
import { describe, expect, it } from 'vitest';
import { UapCounters } from './uap-counters.ts';
import { uapPeriodMs } from './uap-measurements.ts';

const t0 = Date.UTC(2026, 0, 5, 8, 0, 0);

function counters(historyMsMax?: number) {
  let now = t0;
  const c = new UapCounters(() => now, historyMsMax);
  return { c, at: (ms: number) => (now = t0 + ms) };
}

describe('UapCounters', () => {
  it('moves a call through setup, alerting and active control blocks and frees them on release', () => {
    const { c, at } = counters();
    c.seized('1:a', 0);
    expect(c.controlBlocks()).toMatchObject({ setup: 1, alerting: 0, active: 0, lastAllocated: 1 });
    c.connected('1:a');
    c.media('1:a', 'ivr', 1);
    expect(c.controlBlocks()).toMatchObject({ setup: 0, alerting: 1, ivrConnections: 1 });
    c.media('1:a', 'agent', 1);
    c.media('1:a', 'agent', 1);
    c.answered('1:a');
    expect(c.controlBlocks()).toMatchObject({ alerting: 0, active: 1, conferences: 1 });
    expect(c.busyCircuits(0)).toBe(1);
    at(10_000);
    c.released('1:a', 'normal');
    expect(c.controlBlocks()).toMatchObject({ setup: 0, alerting: 0, active: 0, ivrConnections: 0, conferences: 0 });
    expect(c.busyCircuits(0)).toBe(0);
    // An unknown or repeated event changes nothing.
    c.released('1:a', 'normal');
    c.answered('1:zz');
    expect(c.officeSamples(t0, t0 + uapPeriodMs)[0]).toMatchObject({ seizures: 1, connected: 1, answered: 1, released: 1, releasedHoldMs: 10_000 });
  });

  it('splits a call’s traffic between the periods it spans and closes periods lazily', () => {
    const { c, at } = counters();
    at(uapPeriodMs - 60_000);
    c.seized('1:a', 1);
    c.answered('1:a');
    at(uapPeriodMs + 30_000);
    c.released('1:a', 'normal');
    at(3 * uapPeriodMs + 1);
    const samples = c.officeSamples(t0, t0 + 10 * uapPeriodMs).filter((s) => s.ofcNo === 1);
    expect(samples.map((s) => [s.beginMs - t0, s.seizures, s.seizedMs, s.answeredMs, s.released])).toEqual([
      [0, 1, 60_000, 60_000, 0],
      [uapPeriodMs, 0, 30_000, 30_000, 1],
      [2 * uapPeriodMs, 0, 0, 0, 0],
      [3 * uapPeriodMs, 0, 0, 0, 0],
    ]);
    expect(c.latestOffices().map((s) => s.beginMs - t0)).toEqual([2 * uapPeriodMs, 2 * uapPeriodMs]);
  });

  it('classifies failed calls and counts seizures per second', () => {
    const { c } = counters();
    for (const [key, kind] of [['b', 'calledBusy'], ['u', 'unallocated'], ['n', 'noAnswer'], ['r', 'normal']] as const) {
      c.seized(key, 1);
      c.released(key, kind);
    }
    c.seized('q', 0);
    c.connected('q');
    c.released('q', 'normal');
    const [inbound, outbound] = c.officeSamples(t0, t0 + 1);
    expect(outbound).toMatchObject({ calledBusy: 1, unallocated: 1, noAnswer: 1, releasedBeforeConnect: 1, seizuresPerSecondMax: 4 });
    expect(inbound).toMatchObject({ noAnswer: 1, releasedBeforeConnect: 0, seizuresPerSecondMax: 1 });
  });

  it('keeps registrations as a set and forgets periods older than its history', () => {
    const { c, at } = counters(2 * uapPeriodMs);
    c.registration('70101', '10.0.0.1:5060');
    c.registration('70101', '10.0.0.2:5060');
    c.registration('70102', '10.0.0.3:5060');
    c.registration('70102', null);
    expect([...c.registeredTerminals()]).toEqual([['70101', '10.0.0.2:5060']]);
    at(400 * uapPeriodMs + 5);
    const kept = c.terminalSamples(0, Number.POSITIVE_INFINITY);
    expect(kept.length).toBeLessThanOrEqual(3);
    expect(kept.at(-1)).toEqual({ beginMs: t0 + 400 * uapPeriodMs, registered: 1 });
  });
});
