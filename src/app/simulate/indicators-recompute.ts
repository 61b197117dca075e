import { authorizationHeader } from '../../auth/signature-v2.ts';
import type { SimulationResult } from '../../sim/run-simulation.ts';
import type { Scenario } from '../../sim/scenario.ts';
import type { OpenCecApp } from '../build-app.ts';
import { thresholdSeconds } from '../../domain/indicators/index.ts';

/**
 * The "indicators recompute" invariant: after a simulated day, the historical skill indicators
 * read through the CC-CMS API (§12.3.2.4, §12.3.2.6, signed with the global AK/SK) equal the
 * simulator's own measurements of that day — offered, answered, abandoned, answered within the
 * service-level target, total talk and wait time — and every 30-minute interval of the API
 * matches the simulator's interval and adds up to the day.
 */
const codes = {
  offered: 'IDX_COUNT_SKILL_REQUEST',
  answered: 'IDX_COUNT_SKILL_CONNECTED',
  abandoned: 'IDX_COUNT_SKILL_USER_ABANDON',
  talk: 'IDX_DURATION_SKILL_CONNECTED',
  queue: 'IDX_DURATION_SKILL_ALL_QUEUE',
  ring: 'IDX_DURATION_SKILL_ALL_ACK',
} as const;

type Totals = Record<keyof typeof codes | 'withinTarget', number>;

interface Key {
  accessKey: string;
  secretKey: string;
}

async function signedPost(app: OpenCecApp, key: Key, nowMs: number, path: string, body: unknown): Promise<any> {
  const raw = JSON.stringify(body);
  const headers = { host: 'localhost', 'content-type': 'application/json;charset=UTF-8', 'content-length': String(Buffer.byteLength(raw)) };
  const authorization = authorizationHeader(
    { method: 'POST', path, query: [], headers, body: raw },
    { ...key, timestamp: new Date(nowMs).toISOString(), signedHeaders: ['content-length', 'content-type', 'host'] },
  );
  const res = await app.http.inject({ method: 'POST', url: path, headers: { ...headers, authorization }, payload: raw });
  const json = JSON.parse(res.body);
  if (json.resultCode !== '0100000') throw new Error(`${path} answered ${res.body}`);
  return json;
}

const utcDayTime = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

function addItems(into: Map<string, Totals>, items: { idxs: { id: string; val: string | Record<string, string> }[] }[], codeOf: Record<string, keyof Totals>): void {
  for (const item of items) {
    for (const idx of item.idxs) {
      const field = codeOf[idx.id]!;
      const series = typeof idx.val === 'string' ? { day: idx.val } : idx.val;
      for (const [bucket, value] of Object.entries(series)) {
        const totals = into.get(bucket) ?? { offered: 0, answered: 0, abandoned: 0, withinTarget: 0, talk: 0, queue: 0, ring: 0 };
        totals[field] += Number(value);
        into.set(bucket, totals);
      }
    }
  }
}

export async function indicatorsRecompute(app: OpenCecApp, scenario: Scenario, result: SimulationResult, key: Key): Promise<string[]> {
  const { firstDay } = result;
  const target = firstDay.targetMs / 1000;
  // The service-level target is checked when Table 12-686 has a CONNECTED_IN code for it.
  const within = (thresholdSeconds as readonly number[]).includes(target) ? { [`IDX_COUNT_SKILL_CONNECTED_IN_${target}`]: 'withinTarget' as const } : {};
  const codeOf: Record<string, keyof Totals> = { ...Object.fromEntries(Object.entries(codes).map(([k, v]) => [v, k as keyof Totals])), ...within };
  // The simulator's voice measurements are compared with the voice skills; chat skills have their own report.
  const chatSkills = new Set((scenario.chats ?? []).map((c) => c.skillId));
  const voiceSkills = scenario.skills.map((s) => s.skillId).filter((id) => !chatSkills.has(id));
  const request = { vdn: 1, skillIds: voiceSkills, indexIds: Object.keys(codeOf) };
  const now = app.services.clock.now();
  const day = await signedPost(app, key, now, '/rest/cmsapp/v1/openapi/hisindex/skillforday', { ...request, beginDayTime: utcDayTime(firstDay.startMs), endDayTime: utcDayTime(firstDay.endMs) });
  const totals = new Map<string, Totals>();
  addItems(totals, day.resultDesc, codeOf);
  const problems: string[] = [];
  const got = totals.get('day')!;
  const sim = firstDay.total;
  const check = (what: string, api: number, expected: number, slack = 0) => {
    if (Math.abs(api - expected) > slack) problems.push(`indicators recompute: ${what} is ${api} through the API but the simulator measured ${expected}`);
  };
  const skills = voiceSkills.length;
  check('offered', got.offered, sim.offered);
  check('answered', got.answered, sim.answered);
  check('abandoned', got.abandoned, sim.abandoned);
  const hasTarget = Object.keys(within).length > 0;
  if (hasTarget) check(`answered within ${target} s`, got.withinTarget, sim.answeredWithinTarget);
  // Durations travel in whole seconds per skill: allow the rounding of each summand.
  check('talk time (s)', got.talk, Math.round(sim.talkSumMs / 1000), skills);
  check('wait time (s)', got.queue + got.ring, Math.round(sim.waitSumMs / 1000), 2 * skills);
  // The 30-minute buckets of the simulated day: read as "current day" if the clock is still on it, else as the previous day.
  const dayStart = Math.floor(firstDay.startMs / 86_400_000) * 86_400_000;
  const offset = Math.floor(now / 86_400_000) * 86_400_000 > dayStart ? 'Y' : 'N';
  if (now - dayStart < 2 * 86_400_000) {
    const grain = await signedPost(app, key, now, '/rest/cmsapp/v1/openapi/hisindex/skill', { ...request, timeGrain: '30MIN', enableOffset: offset });
    const buckets = new Map<string, Totals>();
    addItems(buckets, grain.resultDesc, codeOf);
    const sum = { offered: 0, answered: 0, abandoned: 0, withinTarget: 0 };
    for (const point of firstDay.halfHours) {
      const api = buckets.get(`${utcDayTime(point.startMs)}.0`) ?? { offered: 0, answered: 0, abandoned: 0, withinTarget: 0, talk: 0, queue: 0, ring: 0 };
      const at = utcDayTime(point.startMs).slice(11, 16);
      check(`offered at ${at}`, api.offered, point.offered);
      check(`answered at ${at}`, api.answered, point.answered);
      check(`abandoned at ${at}`, api.abandoned, point.abandoned);
      if (hasTarget) check(`answered within ${target} s at ${at}`, api.withinTarget, point.answeredWithinTarget);
      for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += api[k];
    }
    for (const k of Object.keys(sum) as (keyof typeof sum)[]) check(`the 30-minute intervals' ${k}`, sum[k], got[k]);
  }
  return problems.slice(0, 20);
}
