import { circuitsPerOffice, uapOffices, uapPeriodMs, type OfficeSample } from '../../telephony/sim/index.ts';

/** "-1" = not measured by the simulated UAP (the example's unmeasured counters, note 08 §4.16). */
const unmeasured = '-1';

const ratio = (n: number, d: number): string => (d === 0 ? 0 : n / d).toFixed(6);
const erlangs = (circuitMs: number): string => (circuitMs / uapPeriodMs).toFixed(6);
const average = (totalMs: number, n: number, unitMs: number): string => String(n === 0 ? 0 : Math.round(totalMs / n / unitMs));

/** "2021-02-04 10:05:00 +00:00" (ref L63267). */
export function uapTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} +00:00`;
}

/**
 * One office's measurement of one period as Table 12-652 lists it (§12.3.6.1, decision 0840).
 * All values are strings; ratios have six decimals; traffic is in erlangs over the period. Where
 * the example spells a key differently from the table (IBC16, BBRC23, EROC46; note 08 A-34),
 * both spellings are sent.
 */
export function uapPerfRecord(sample: OfficeSample, meId: string): Record<string, string> {
  const s = sample;
  const incoming = s.ofcNo === 0;
  const office = uapOffices.find((o) => o.ofcNo === s.ofcNo)!;
  const idle = Math.max(0, circuitsPerOffice - s.busyCircuits);
  const usage = ratio(s.seizedMs / uapPeriodMs, circuitsPerOffice);
  const fixed = (value: number) => String(value);
  return {
    RET: uapTime(s.beginMs + uapPeriodMs),
    RT: uapTime(s.beginMs),
    Period: String(uapPeriodMs / 60_000),
    MEID: meId,
    MOIID: fixed(s.ofcNo),
    Credible: 'Credible',
    'incoming direction': `${s.ofcNo}(${office.name})`,
    Time: '1',
    ST0: fixed(s.seizures),
    TCAT1: fixed(incoming ? s.seizures : 0),
    TCAT2: fixed(incoming ? 0 : s.seizures),
    CCT3: fixed(s.connected),
    AT4: fixed(s.answered),
    TCAT5: fixed(incoming ? s.answered : 0),
    TAT6: fixed(incoming ? 0 : s.answered),
    LCOICT7: '0',
    CD8: '0',
    CDA9: unmeasured,
    CBT10: fixed(s.calledBusy),
    AART11: fixed(s.releasedBeforeConnect),
    RNAT12: fixed(s.noAnswer),
    ICN13: fixed(circuitsPerOffice),
    ACN14: fixed(circuitsPerOffice),
    BCN15: '0',
    IBCN16: '0',
    IBC16: '0',
    ABCN17: '0',
    BBCN18: '0',
    ITAR19: ratio(circuitsPerOffice, circuitsPerOffice),
    CR20: ratio(s.connected, s.seizures),
    AR21: ratio(s.answered, s.seizures),
    BCR22: ratio(0, circuitsPerOffice),
    BBCR23: ratio(0, 1),
    BBRC23: ratio(0, 1),
    BTST24: ratio(0, 1),
    BTSTA25: unmeasured,
    ST26: erlangs(s.seizedMs),
    STA27: unmeasured,
    CT28: erlangs(s.connectedMs),
    CTA29: unmeasured,
    AT30: erlangs(s.answeredMs),
    ATA31: unmeasured,
    ASD32: (s.released === 0 ? 0 : s.releasedHoldMs / s.released / 1000).toFixed(6),
    ABRT33: fixed(s.releasedBeforeConnect),
    CCT34: unmeasured,
    ECT35: fixed(s.unallocated),
    IAT36: '0',
    TUT37: unmeasured,
    TET38: unmeasured,
    CFORT39: unmeasured,
    CLBT40: unmeasured,
    CTBT41: unmeasured,
    TCT42: unmeasured,
    UBC43: unmeasured,
    IOCS44: fixed(s.seizuresPerSecondMax),
    SOIC45: fixed(idle),
    EROCC46: usage,
    EROC46: usage,
    'busy circuits (TIMES)': fixed(s.busyCircuits),
    'average answer duration (SECOND)': average(s.releasedAnsweredMs, s.releasedAnswered, 1000),
    'average connection duration (MILLISECOND)': average(s.releasedConnectedMs, s.releasedConnected, 1),
    'answer duration aux (TIMES)': unmeasured,
  };
}
