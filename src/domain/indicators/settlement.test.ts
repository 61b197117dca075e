// Goal: a call's settlement counters follow from its CDR legs alone (call type, device types, leave
// reasons), so inbound calls with IVR and hand-overs and the dialer's campaign calls (types 41–45)
// settle by the same rules as live traffic. Method: given legs, when settled, then the counters.
import { describe, expect, it } from 'vitest';
import { callFacts, type LegFact } from './call-facts.ts';
import { settlementOf } from './settlement.ts';

const t0 = Date.UTC(2026, 0, 5, 9);
const s = (seconds: number) => t0 + seconds * 1000;

function leg(over: Partial<LegFact>): LegFact {
  return {
    callIdNum: 1, deviceType: 2, deviceNo: 0, agentId: '', callerNo: '13900000001', calleeNo: '4001', waitBeginMs: null, waitEndMs: null, ackBeginMs: null, ackEndMs: null,
    callBeginMs: null, callEndMs: null, callType: 0, releaseCause: null, skillId: null, currentSkillId: null, serviceNo: '', leaveReason: 0, mediaType: 5, subMediaType: null,
    openedAtMs: t0, closedAtMs: null, ...over,
  };
}

const settle = (legs: LegFact[]) => {
  const facts = callFacts('c1', legs)!;
  return settlementOf(facts, legs)!;
};

describe('daily settlement of one call', () => {
  it('settles an inbound call through the IVR, a queue and two agents (one hand-over to a queue)', () => {
    const e = settle([
      leg({ callIdNum: 1, deviceType: 3, deviceNo: 7, serviceNo: '7', waitBeginMs: s(0), callBeginMs: s(0), callEndMs: s(20), closedAtMs: s(20) }),
      leg({ callIdNum: 2, deviceType: 1, deviceNo: 1, waitBeginMs: s(20), waitEndMs: s(32), closedAtMs: s(32) }),
      leg({ callIdNum: 3, deviceType: 2, agentId: '101', currentSkillId: 1, waitBeginMs: s(30), ackBeginMs: s(30), callBeginMs: s(32), callEndMs: s(92), closedAtMs: s(92), leaveReason: 28 }),
      leg({ callIdNum: 4, deviceType: 1, deviceNo: 2, waitBeginMs: s(92), waitEndMs: s(97), closedAtMs: s(97) }),
      leg({ callIdNum: -1, deviceType: 2, agentId: '102', currentSkillId: 2, waitBeginMs: s(95), ackBeginMs: s(95), callBeginMs: s(97), callEndMs: s(157), closedAtMs: s(157), releaseCause: 531 }),
    ]);
    expect(e.key).toEqual({ direction: 'in', logDayMs: Date.UTC(2026, 0, 5), number: '4001', callType: 0, skillId: 1, serviceNo: 7, obsServiceNo: '-1' });
    expect([e.currentAgentId, e.currentSkillId]).toEqual([102, 2]);
    expect(e.counters).toMatchObject({ inOccupyNum: 2, inCallSuccNum: 2, inCallTime: 120_000, agentToQueueNum: 1, ivrOccupyNum: 1, ivrCallSuccNum: 1, ivrCallTime: 20_000, autoCallNum: 1, autoCallSuccNum: 1, autoTransferNum: 1, inVdnTime: 157_000, inCallCostMinute: 2, inCallAllCostMinute: 3 });
    expect(e.counters.ivrOnlyNum).toBeUndefined();
  });

  it('settles an IVR-only inbound call and a caller who hangs up in the IVR', () => {
    const e = settle([leg({ callIdNum: -1, deviceType: 3, deviceNo: 3, serviceNo: '3', waitBeginMs: s(0), callBeginMs: s(1), callEndMs: s(41), closedAtMs: s(41), leaveReason: 15 })]);
    expect(e.counters).toMatchObject({ ivrOnlyNum: 1, ivrOnlySuccNum: 1, ivrOnlyTime: 40_000, autoUserAbandonNum: 1, autoAnsTime: 1_000, minIvrCallTime: 40_000, maxIvrCallTime: 40_000 });
    expect(e.counters.inOccupyNum).toBeUndefined();
  });

  it('settles a predicted campaign call (type 43) that waited in a queue, by its calling number', () => {
    const e = settle([
      leg({ callIdNum: 1, callType: 43, deviceType: 1, deviceNo: 4, callerNo: '8001', calleeNo: '13900000009', waitBeginMs: s(0), waitEndMs: s(8), closedAtMs: s(8) }),
      leg({ callIdNum: -1, callType: 43, deviceType: 2, agentId: '103', currentSkillId: 4, callerNo: '8001', calleeNo: '13900000009', waitBeginMs: s(6), ackBeginMs: s(6), callBeginMs: s(8), callEndMs: s(68), closedAtMs: s(68) }),
    ]);
    expect(e.key).toMatchObject({ direction: 'out', number: '8001', callType: 43, skillId: 4 });
    expect(e.counters).toMatchObject({ preCallNum: 1, preCallSuccNum: 1, preAgentNum: 1, preAgentSuccNum: 1, preQueueWaitNum: 1, preQueueWaitTime: 6_000, preTotalTime: 68_000, outCallTime: 60_000, reservedCol3: 1 });
    expect(e.counters.preViewedCallNum).toBeUndefined();
  });

  it('settles a lost predicted call and a previewed call (type 44) that failed', () => {
    const lost = settle([leg({ callIdNum: -1, callType: 42, deviceType: 1, deviceNo: 4, callerNo: '8001', waitBeginMs: s(0), waitEndMs: s(12), closedAtMs: s(12), leaveReason: 15 })]);
    expect(lost.counters).toMatchObject({ preCallNum: 1, preQueueWaitNum: 1, preAbortQueueWaitNum: 1, preFailQueueWaitNum: 1, preFailQueueWaitTime: 12_000, failQueueWaitNum: 1 });
    const preview = settle([leg({ callIdNum: -1, callType: 44, deviceType: 2, agentId: '104', callerNo: '8001', waitBeginMs: s(0), ackBeginMs: s(1), callEndMs: s(2), closedAtMs: s(2), leaveReason: 16 })]);
    expect(preview.counters).toMatchObject({ preViewedCallNum: 1, outOccupyNum: 1, agentHangUpLt3: 1, failTimeLt3: 1, outWaitAnsTime: 1_000 });
    expect(preview.counters.outCallSuccNum).toBeUndefined();
  });

  it('does not settle internal calls', () => {
    const legs = [leg({ callIdNum: -1, callType: 6, agentId: '101', waitBeginMs: s(0), callBeginMs: s(1), callEndMs: s(5) })];
    expect(settlementOf(callFacts('c1', legs)!, legs)).toBeNull();
  });
});
