import { customerDials, internalSessionOptions, signIn } from '../../src/engine/index.ts';
import { demoPassword } from '../../src/tenancy/demo-tenant.ts';
import type { TestApp } from './test-app.ts';

/**
 * Traffic for the historical-indicator tests: demo agents signed in as internal sessions (they
 * auto-answer), customers dialling the demo hotline (4001 → skill 1) with a talk time or a patience.
 */
export async function signInAgents(app: TestApp, workNos: readonly number[]): Promise<void> {
  const engine = await app.services.cti.registry.get(1);
  engine.run(() => {
    for (const workNo of workNos) {
      const r = signIn(engine, { workNo, password: demoPassword, mode: 'login', status: 4, options: internalSessionOptions({ phonenum: String(70_000 + workNo), releasePhone: false }) });
      if (!r.ok) throw new Error(`agent ${workNo} could not sign in: ${r.rejection.detail}`);
    }
  });
}

let seq = 0;

/** A customer calls 4001 now; returns the call id. */
export async function dial(app: TestApp, behaviour: { talkMs: number; patienceMs?: number | null }, called = '4001'): Promise<string> {
  const engine = await app.services.cti.registry.get(1);
  seq += 1;
  const r = engine.run(() => customerDials(engine, { caller: `1390000${String(seq).padStart(4, '0')}`, called, behaviour: { talkMs: behaviour.talkMs, patienceMs: behaviour.patienceMs ?? null } }));
  if (!r.ok) throw new Error(`dial failed: ${r.rejection.detail}`);
  return r.value.callId;
}

/** Advances the virtual clock and lets the records land. */
export async function advance(app: TestApp, ms: number): Promise<void> {
  app.clock.advance(ms);
  await app.services.cti.records.flushed();
}

/**
 * The reference morning of the history tests, from the test epoch (08:00 UTC) with agent 101
 * alone: A answered at once (talk 60 s), B abandons after 30 s in queue, C answered after 40 s
 * (talk 30 s), D at 08:20 answered at once (talk 10 s). Ends at 08:21.
 */
export async function referenceMorning(app: TestApp): Promise<void> {
  await signInAgents(app, [101]);
  await dial(app, { talkMs: 60_000 });
  await advance(app, 10_000);
  await dial(app, { talkMs: 60_000, patienceMs: 30_000 });
  await advance(app, 10_000);
  await dial(app, { talkMs: 30_000 });
  await advance(app, 20 * 60_000 - 20_000);
  await dial(app, { talkMs: 10_000 });
  await advance(app, 60_000);
}

/** `{code: val}` of the first item of an indicator reply. */
export function firstValues(body: any, item = 0): Record<string, unknown> {
  return Object.fromEntries(body.resultDesc[item].idxs.map((i: { id: string; val: unknown }) => [i.id, i.val]));
}
