import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { DurationSpec } from './distribution.ts';
import { OutboundCampaignSchema } from './outbound-scenario.ts';
import { chatChannelOf, ChatFlowSchema } from './chat-scenario.ts';

/**
 * A simulation scenario (docs/simulator.md): skills, agent groups and their behaviour, and traffic
 * per access code with rates that may change by hour. `opencec simulate` builds one from its flags
 * for the common single-queue case, or reads a file of this form.
 */
const RatePeriod = Type.Object({ fromHour: Type.Number({ minimum: 0 }), callsPerHour: Type.Number({ minimum: 0 }) });

export const ScenarioSchema = Type.Object({
  name: Type.Optional(Type.String()),
  seed: Type.Optional(Type.Integer({ minimum: 0 })),
  durationHours: Type.Number({ exclusiveMinimum: 0, maximum: 24 * 366 }),
  /** Calls arriving before this are not measured (the queue has not reached steady state yet). */
  warmupMinutes: Type.Optional(Type.Number({ minimum: 0 })),
  /** Width of the interval series of the report. */
  intervalMinutes: Type.Optional(Type.Number({ exclusiveMinimum: 0 })),
  serviceLevelSeconds: Type.Optional(Type.Number({ minimum: 0 })),
  skills: Type.Array(
    Type.Object({
      skillId: Type.Integer({ minimum: 1 }),
      name: Type.Optional(Type.String({ maxLength: 20 })),
      maxWaitNum: Type.Optional(Type.Integer({ minimum: 1, maximum: 10000 })),
      maxWaitTimeSeconds: Type.Optional(Type.Integer({ minimum: 0, maximum: 60000 })),
    }),
    { minItems: 1 },
  ),
  agents: Type.Array(
    Type.Object({
      count: Type.Integer({ minimum: 1, maximum: 50000 }),
      skills: Type.Array(Type.Integer(), { minItems: 1 }),
      /** Time the agent takes to pick up (0: instant). */
      answerDelay: Type.Optional(DurationSpec),
      /** After-call work; none means the agent is idle again at once. */
      wrapUp: Type.Optional(DurationSpec),
      /** Breaks: at `atMinute` the agent rests for `minutes` (after the current call). */
      /** Chats the agent takes at once (setcallnums, 1–60); default the tenant's 4. */
      chatCapacity: Type.Optional(Type.Integer({ minimum: 1, maximum: 60 })),
      breaks: Type.Optional(Type.Array(Type.Object({ atMinute: Type.Number({ minimum: 0 }), minutes: Type.Number({ exclusiveMinimum: 0 }) }))),
    }),
    { minItems: 1 },
  ),
  /** Dialogue scripts of the recorded calls' transcripts (docs/simulator.md "Dialogue scripts"). */
  dialogues: Type.Optional(
    Type.Array(
      Type.Object({
        name: Type.String({ minLength: 1, maxLength: 64 }),
        weight: Type.Optional(Type.Number({ minimum: 0 })),
        lines: Type.Array(
          Type.Object({
            speaker: Type.Union([Type.Literal('customer'), Type.Literal('agent')]),
            text: Type.String({ minLength: 1, maxLength: 1000 }),
            // Quality-check scenarios inject long silences, interruptions and fast speech (issue 14 item 4).
            pauseMs: Type.Optional(Type.Integer({ minimum: 0, maximum: 600_000 })),
            overlapMs: Type.Optional(Type.Integer({ minimum: 0, maximum: 60_000 })),
            charsPerSecond: Type.Optional(Type.Number({ minimum: 1, maximum: 100 })),
          }),
          { minItems: 1, maxItems: 500 },
        ),
      }),
      { maxItems: 100 },
    ),
  ),
  traffic: Type.Array(
    Type.Object({
      accessCode: Type.String({ pattern: '^[0-9]{1,24}$' }),
      skillId: Type.Integer(),
      /** A constant rate, or rates by period (each holds from its hour until the next). */
      callsPerHour: Type.Union([Type.Number({ minimum: 0 }), Type.Array(RatePeriod, { minItems: 1 })]),
      handleTime: DurationSpec,
      /** Patience before abandoning; absent means callers never give up. */
      patience: Type.Optional(DurationSpec),
    }),
    { minItems: 1 },
  ),
  /** Web chat flows into chat skills, served beside the voice traffic (docs/simulator.md "Web chats"). */
  chats: Type.Optional(Type.Array(ChatFlowSchema, { maxItems: 20 })),
  /** Outbound campaigns dialled by the server's own campaign service and engine dialer (docs/simulator.md). */
  campaigns: Type.Optional(Type.Array(OutboundCampaignSchema, { maxItems: 20 })),
});
export type Scenario = Static<typeof ScenarioSchema>;

export class ScenarioError extends Error {}

export function checkScenario(input: unknown): Scenario {
  if (!Value.Check(ScenarioSchema, input)) {
    const first = Value.Errors(ScenarioSchema, input).First();
    throw new ScenarioError(`scenario: ${first?.path || '/'} ${first?.message ?? 'is invalid'}`);
  }
  const skills = new Set(input.skills.map((s) => s.skillId));
  for (const group of input.agents) for (const id of group.skills) if (!skills.has(id)) throw new ScenarioError(`scenario: agents use unknown skill ${id}`);
  for (const flow of input.traffic) if (!skills.has(flow.skillId)) throw new ScenarioError(`scenario: traffic to unknown skill ${flow.skillId}`);
  const chatSkills = new Set((input.chats ?? []).map((c) => c.skillId));
  for (const id of chatSkills) if (!skills.has(id)) throw new ScenarioError(`scenario: chats to unknown skill ${id}`);
  const channels = (input.chats ?? []).map((c, i) => chatChannelOf(c, i));
  if (new Set(channels).size !== channels.length) throw new ScenarioError('scenario: chat channel ids repeat');
  for (const flow of input.traffic) if (chatSkills.has(flow.skillId)) throw new ScenarioError(`scenario: skill ${flow.skillId} takes chats and cannot take voice traffic`);
  for (const c of input.campaigns ?? []) if (!skills.has(c.skillId)) throw new ScenarioError(`scenario: campaign ${c.campaignId} uses unknown skill ${c.skillId}`);
  if (new Set((input.campaigns ?? []).map((c) => c.campaignId)).size !== (input.campaigns ?? []).length) throw new ScenarioError('scenario: campaign ids repeat');
  const total = input.agents.reduce((n, g) => n + g.count, 0);
  if (total > 50000) throw new ScenarioError('scenario: at most 50,000 agents');
  return input;
}

export interface SimpleScenarioFlags {
  agents: number;
  callsPerHour: number;
  ahtSeconds: number;
  /** null: callers never abandon. */
  patienceSeconds: number | null;
  durationHours: number;
  seed: number;
}

/** The common case of the command line: one voice queue, identical agents, exponential times. */
export function simpleScenario(flags: SimpleScenarioFlags): Scenario {
  return {
    name: `${flags.agents} agents, ${flags.callsPerHour} calls/h, AHT ${flags.ahtSeconds} s`,
    seed: flags.seed,
    durationHours: flags.durationHours,
    warmupMinutes: Math.min(60, (flags.durationHours * 60) / 10),
    intervalMinutes: flags.durationHours > 48 ? 60 : 15,
    serviceLevelSeconds: 20,
    skills: [{ skillId: 1, name: 'Voice', maxWaitNum: 10000, maxWaitTimeSeconds: 0 }],
    agents: [{ count: flags.agents, skills: [1] }],
    traffic: [
      {
        accessCode: '4001',
        skillId: 1,
        callsPerHour: flags.callsPerHour,
        handleTime: { dist: 'exponential', meanSeconds: flags.ahtSeconds },
        ...(flags.patienceSeconds === null ? {} : { patience: { dist: 'exponential' as const, meanSeconds: flags.patienceSeconds } }),
      },
    ],
  };
}
