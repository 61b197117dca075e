// Goal: `opencec simulate` takes outbound campaigns (issue 11 item 6): the scenario's campaign is
// created through the server's campaign service, dialled by the engine's dialer beside the
// inbound traffic on the same agents, and the report gives attempts, connects, the
// abandoned-by-dialer rate, agent occupancy, idle time between calls and list penetration, read
// from the store; the inbound indicators stay those of the inbound calls (the CC-CMS recompute
// invariant holds), and a run is deterministic for a seed.
// Method: a short blended scenario (10 agents, 40 inbound calls an hour, 400 numbers) twice.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/app/simulate/simulate-command.ts';
import { summaryJson, summaryText } from '../../src/app/simulate/summary-text.ts';
import { checkScenario, ScenarioError } from '../../src/sim/scenario.ts';

const scenario = checkScenario({
  name: 'blended test',
  durationHours: 0.5,
  warmupMinutes: 0,
  skills: [{ skillId: 1 }],
  agents: [{ count: 10, skills: [1], wrapUp: { dist: 'fixed', seconds: 5 } }],
  traffic: [{ accessCode: '4001', skillId: 1, callsPerHour: 40, handleTime: { dist: 'exponential', meanSeconds: 120 } }],
  campaigns: [{ campaignId: 3, mode: 'predictive', skillId: 1, numbers: 400, answerRate: 0.4, busyRate: 0.2, noAnswerRate: 0.3, handleTime: { dist: 'exponential', meanSeconds: 90 }, maxAlertingTime: 20 }],
});

describe('opencec simulate with outbound campaigns', () => {
  it('dials the campaign beside the inbound calls and reports it per campaign', { timeout: 240_000 }, async () => {
    const a = await simulate(scenario, 5);
    const [c] = a.campaigns!;
    expect(a.invariantViolations).toEqual([]);
    expect(c).toMatchObject({ campaignId: 3, mode: 'predictive', listSize: 400 });
    expect(c!.attempts).toBeGreaterThan(50);
    expect(c!.connects).toBeGreaterThan(10);
    expect(c!.connects).toBeLessThanOrEqual(c!.answered);
    expect(c!.abandoned).toBeLessThanOrEqual(c!.answered - c!.connects);
    expect(c!.occupancy).toBeGreaterThan(0.1);
    expect(c!.penetration).toBeGreaterThan(0);
    expect(c!.penetration).toBeLessThanOrEqual(1);
    expect(a.offered).toBeGreaterThan(5);
    expect(summaryText(a, 1000)).toMatch(/3 predictive: \d+ attempts, \d+ answered, \d+ connected, abandoned by the dialer [\d.]+ %/);
    expect(summaryJson(a).campaigns).toEqual(a.campaigns);
    const b = await simulate(scenario, 5);
    expect(b.eventLogHash).toBe(a.eventLogHash);
    expect(b.campaigns).toEqual(a.campaigns);
  });

  it('refuses a campaign on an unknown skill, and the shipped blended scenario is valid', () => {
    expect(() => checkScenario({ ...scenario, campaigns: [{ ...scenario.campaigns![0]!, skillId: 9 }] })).toThrow(ScenarioError);
    expect(checkScenario(JSON.parse(readFileSync('scenarios/blended-outbound.json', 'utf8'))).campaigns).toHaveLength(1);
  });
});
