// Goal: `opencec simulate` mixes web chats with voice (issue 12 item 6): agents of a chat skill take
// chats up to their capacity beside their calls, end them after the handle time, and the report
// gives per chat skill offered, answered, abandoned, service level and concurrency. Deterministic.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { simulate } from '../../src/app/simulate/simulate-command.ts';
import { summaryJson, summaryText } from '../../src/app/simulate/summary-text.ts';
import { checkScenario, ScenarioError, type Scenario } from '../../src/sim/scenario.ts';

const scenario = (seed: number): Scenario =>
  checkScenario({
    name: 'voice and chat',
    seed,
    durationHours: 2,
    warmupMinutes: 10,
    serviceLevelSeconds: 20,
    skills: [{ skillId: 1, name: 'Voice' }, { skillId: 2, name: 'Chat' }],
    agents: [
      { count: 3, skills: [1] },
      { count: 3, skills: [2], chatCapacity: 3 },
    ],
    traffic: [{ accessCode: '4001', skillId: 1, callsPerHour: 40, handleTime: { dist: 'exponential', meanSeconds: 180 }, patience: { dist: 'exponential', meanSeconds: 90 } }],
    chats: [{ channelId: 'web-1', skillId: 2, chatsPerHour: 60, messages: 3, handleTime: { dist: 'exponential', meanSeconds: 420 }, patience: { dist: 'exponential', meanSeconds: 120 } }],
  });

describe('opencec simulate with web chats', () => {
  it('reports chat service level and concurrency, consistent and within capacity', async () => {
    const r = await simulate(scenario(5), 5);
    expect(r.invariantViolations).toEqual([]);
    expect(r.chats).toHaveLength(1);
    const chat = r.chats![0]!;
    expect(chat.skillId).toBe(2);
    expect(chat.agents).toBe(3);
    expect(chat.offered).toBeGreaterThan(60);
    expect(chat.answered).toBeGreaterThan(0);
    expect(chat.answered + chat.abandoned).toBe(chat.offered);
    expect(chat.serviceLevel).toBeGreaterThan(0);
    expect(chat.serviceLevel).toBeLessThanOrEqual(chat.answered / chat.offered);
    // 60 chats/h of 7 min on 3 agents: about 2.3 chats per agent on average, so several at once.
    expect(chat.maxConcurrency).toBeGreaterThan(1);
    expect(chat.maxConcurrency).toBeLessThanOrEqual(3);
    expect(chat.meanConcurrency).toBeGreaterThan(0.5);
    expect(chat.meanConcurrency).toBeLessThanOrEqual(3);
    // The voice report counts calls only.
    expect(r.offered).toBeGreaterThan(30);
    expect(r.offered).toBeLessThan(chat.offered + 30);
    expect(r.answered + r.abandoned).toBe(r.offered);
    // The voice prediction is of the 3 voice agents only.
    expect(r.erlang.occupancy).toBeGreaterThan(0.5); // 2 Erlangs on 3 agents, not on 6
    expect(summaryText(r, 1)).toContain(`skill 2 (3 agents): ${chat.offered} offered, ${chat.answered} answered, ${chat.abandoned} abandoned`);
    expect(summaryJson(r).chats).toEqual(r.chats);
  });

  it('reads the example scenario file', () => {
    expect(checkScenario(JSON.parse(readFileSync('scenarios/voice-and-chat.json', 'utf8'))).chats).toHaveLength(1);
  });

  it('gives the same result twice for a seed, and another for another seed', async () => {
    const a = await simulate(scenario(9), 9);
    const b = await simulate(scenario(9), 9);
    const c = await simulate(scenario(10), 10);
    expect(b.eventLogHash).toBe(a.eventLogHash);
    expect(b.chats).toEqual(a.chats);
    expect(c.eventLogHash).not.toBe(a.eventLogHash);
  });

  it('refuses chats to an unknown skill, to a skill that takes voice, or repeating a channel', () => {
    const base = scenario(1);
    expect(() => checkScenario({ ...base, chats: [{ ...base.chats![0]!, skillId: 9 }] })).toThrow(ScenarioError);
    expect(() => checkScenario({ ...base, chats: [{ ...base.chats![0]!, skillId: 1 }] })).toThrow(/cannot take voice/);
    expect(() => checkScenario({ ...base, chats: [base.chats![0]!, base.chats![0]!] })).toThrow(/channel ids repeat/);
  });
});
