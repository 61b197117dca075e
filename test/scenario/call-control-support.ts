import { expect } from 'vitest';
import { customerDials, signIn, type IvrFlowConfig, type SessionOptions } from '../../src/engine/index.ts';
import { engineFixture, tenantConfig } from '../support/engine-fixture.ts';
import { sessionOptions } from '../support/engine-fixture.ts';

/** Flows for the IVR scenarios: a menu (8001) and a one-question survey (8002), as in the demo tenant. */
export const ivrFlows = new Map<number, IvrFlowConfig>([
  [1, { flowId: 1, accessCode: '8001', description: 'Main menu', script: { start: 'menu', nodes: { menu: { type: 'menu', prompt: 'Press 1 for an agent.', timeoutSeconds: 8, choices: { '1': 'agent' }, onTimeout: 'agent' }, agent: { type: 'route', deviceType: 1, deviceId: 1 } } } }],
  [2, { flowId: 2, accessCode: '8002', description: 'Survey', script: { start: 'survey', nodes: { survey: { type: 'survey', prompt: 'Rate us.', timeoutSeconds: 10, validDigits: '12345' } } } }],
]);

/** An engine with agents 101–103 on skill 1 and the flows above, each agent signed in as asked. */
export function callCenter(agents: Record<number, Partial<SessionOptions>> = { 101: {}, 102: {} }, overrides: Parameters<typeof tenantConfig>[0] = {}, switchOptions = {}) {
  const f = engineFixture(tenantConfig({ ivrFlows, ...overrides }), switchOptions);
  for (const [workNo, options] of Object.entries(agents)) {
    const result = f.engine.run(() => signIn(f.engine, { workNo: Number(workNo), password: 'pw', mode: 'login', status: 4, options: sessionOptions({ phonenum: `70${workNo}`, ...options }) }));
    expect(result.ok).toBe(true);
    f.output.take(Number(workNo));
  }
  return f;
}

/** A customer dials 4001 and reaches the best idle agent; returns the call id. */
export function inboundCall(f: ReturnType<typeof callCenter>, caller = '13800000001'): string {
  const dial = f.engine.run(() => customerDials(f.engine, { caller, called: '4001' }));
  expect(dial.ok).toBe(true);
  return dial.ok ? dial.value.callId : '';
}

/** CDR rows of one call as [deviceType, deviceNo, leaveReason, callIdNum, releaseCause]. */
export function rowsOf(f: ReturnType<typeof callCenter>, callId: string): Array<[number, number, number | null, number | null, number | null]> {
  return f.output.cdrRows.filter((r) => r.callId === callId).map((r) => [r.leg.deviceType, r.leg.deviceNo, r.leg.leaveReason, r.callIdNum, r.releaseCause]);
}

export const record = (callId: string) => ['AgentMediaEvent_Record', expect.objectContaining({ callId })] as const;
export const stopRecord = ['AgentMediaEvent_StopRecordDone', expect.objectContaining({ fileMediaType: '1' })] as const;

export function ok<T>(result: { ok: true; value: T } | { ok: false; rejection: { tag: string } }): T {
  if (!result.ok) throw new Error(`rejected: ${result.rejection.tag}`);
  return result.value;
}

export function rejected(result: { ok: boolean; rejection?: { tag: string } }): string | undefined {
  return result.ok ? undefined : result.rejection?.tag;
}
