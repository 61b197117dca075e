import { Type, type Static } from '@sinclair/typebox';
import { SkillGroupSpec } from './skill-groups.ts';
import { SurveySpec } from './survey-spec.ts';
import { KnowledgeSpec } from './knowledge-spec.ts';
import { MallSpec } from './mall-spec.ts';

/**
 * The tenant file (`--tenant file.json`): everything a VDN needs to run, in the vocabulary of the
 * reference's configuration chapter. docs/tenant-file.md documents it field by field.
 */
const OverflowPolicy = Type.Object({
  transferType: Type.Union([Type.Literal('Release'), Type.Literal('Transfer')]),
  deviceType: Type.Optional(Type.String()),
  value: Type.Optional(Type.Union([Type.String(), Type.Integer()])),
});

export const SkillSpec = Type.Object({
  skillId: Type.Integer({ minimum: 1 }),
  name: Type.String({ minLength: 1, maxLength: 20 }),
  description: Type.Optional(Type.String({ maxLength: 50 })),
  mediaTypeId: Type.Integer(),
  maxWaitTime: Type.Optional(Type.Integer({ minimum: 0, maximum: 60000 })),
  maxWaitNum: Type.Optional(Type.Integer({ minimum: 0, maximum: 10000 })),
  maxAgentWrapupTime: Type.Optional(Type.Integer({ minimum: 0, maximum: 3600 })),
  skillParam: Type.Optional(
    Type.Object({
      noAgents: Type.Optional(OverflowPolicy),
      busy: Type.Optional(OverflowPolicy),
      timeOut: Type.Optional(OverflowPolicy),
      answerFunction: Type.Optional(Type.String()),
      waitVoice: Type.Optional(Type.Object({ parameterType: Type.String(), id: Type.Optional(Type.String()) })),
    }),
  ),
});

export const AgentSpec = Type.Object({
  workNo: Type.Integer({ minimum: 101, maximum: 59999 }),
  userAccount: Type.String({ minLength: 6, maxLength: 50 }),
  userName: Type.String({ minLength: 1, maxLength: 20 }),
  /** Account (business) password. */
  password: Type.String({ minLength: 8 }),
  /** CTI sign-in password (6.1.1.1 `password`); defaults to `password`. */
  ctiPassword: Type.Optional(Type.String({ maxLength: 32 })),
  email: Type.Optional(Type.String()),
  phone: Type.Optional(Type.String({ maxLength: 25 })),
  agentType: Type.Optional(Type.Integer()),
  ccRoleId: Type.Optional(Type.Integer()),
  sipAccount: Type.String({ minLength: 1, maxLength: 24 }),
  sipPwd: Type.Optional(Type.String()),
  accountCode: Type.Optional(Type.String({ maxLength: 100 })),
  skills: Type.Optional(
    Type.Array(Type.Object({ skillId: Type.Integer(), agentWeight: Type.Optional(Type.Integer({ minimum: 1 })), skillWeight: Type.Optional(Type.Integer({ minimum: 1 })) })),
  ),
  /** A skill group of `settings.skillGroups` whose skills the agent gets when it lists none (decision 0852). */
  skillGroupId: Type.Optional(Type.Integer({ minimum: 1 })),
});

export const AccessCodeSpec = Type.Object({
  accessCode: Type.String({ minLength: 1, maxLength: 32, pattern: '^[0-9*#]+$' }),
  mediaTypeId: Type.Optional(Type.Integer()),
  description: Type.Optional(Type.String()),
  n400Number: Type.Optional(Type.String()),
  numCallAttr: Type.Optional(Type.Integer({ minimum: 1, maximum: 3 })),
});

export const CalledRouteSpec = Type.Object({
  accessCode: Type.String(),
  extCode: Type.Optional(Type.String({ maxLength: 12 })),
  /** 1 skill queue, 3 IVR flow. */
  deviceType: Type.Integer(),
  deviceId: Type.Integer(),
  mediaTypeId: Type.Optional(Type.Integer()),
  editable: Type.Optional(Type.String()),
});

export const IvrFlowSpec = Type.Object({
  flowId: Type.Integer({ minimum: 1 }),
  accessCode: Type.String(),
  description: Type.String(),
  flowFileName: Type.Optional(Type.String()),
  flowType: Type.Optional(Type.Integer()),
  /** The simulated flow: prompts, digit collection, routing (docs/tenant-file.md). */
  script: Type.Optional(Type.Object({}, { additionalProperties: true })),
});

/** Checked in depth when seeded (src/services/chatbot/seed-chatbot.ts): corpus and programs are import formats. */
export const ChatbotSpec = Type.Object({
  corpus: Type.Optional(Type.Object({}, { additionalProperties: true })),
  flows: Type.Optional(Type.Array(Type.Object({ flowCode: Type.String({ minLength: 1 }), flowName: Type.String({ minLength: 1 }), definition: Type.Object({}, { additionalProperties: true }) }))),
  bindings: Type.Optional(Type.Array(Type.Object({ accessCode: Type.String({ minLength: 1, maxLength: 20 }), dialogType: Type.Integer({ minimum: 1, maximum: 4 }), flowCode: Type.String(), description: Type.Optional(Type.String()) }))),
});

export const TenantSpec = Type.Object({
  vdnId: Type.Integer({ minimum: 1, maximum: 9999 }),
  name: Type.String({ minLength: 1, maxLength: 64 }),
  description: Type.Optional(Type.String()),
  workNoRange: Type.Tuple([Type.Integer({ minimum: 101 }), Type.Integer({ maximum: 59999 })]),
  /** AK/SK pairs, valid for C1 (bearer tokens) and C2 (signatures). */
  appCredentials: Type.Array(Type.Object({ appKey: Type.String({ minLength: 1 }), appSecret: Type.String({ minLength: 1 }) })),
  /** OIAP app keys for C3. */
  oiapCredentials: Type.Optional(Type.Array(Type.Object({ appKey: Type.String({ minLength: 1 }), appSecret: Type.String({ minLength: 1 }) }))),
  /** The VDN administrator of the configuration login (C5); its id is 100000 + vdnId. */
  adminPassword: Type.String({ minLength: 1 }),
  settings: Type.Optional(
    Type.Object(
      {
        /** The calling number of outbound calls. */
        defaultCallerNumber: Type.Optional(Type.String()),
        /** URL prefixes allowed as callback URLs. */
        callbackTrustlist: Type.Optional(Type.Array(Type.String())),
        /** Numbers ("8820001") and ranges ("60000-60999") the tenant owns besides its agents' softphones (decision 0507). */
        phoneNumbers: Type.Optional(Type.Array(Type.String(), { maxItems: 1000 })),
        /** Rest reason codes of CC-CMS 12.3.1.1.10 (decision 0802). */
        /** The tenant space id CC-CMS 12.3.3.6 reports (defaults to the VDN id; decision 0820). */
        tenantSpaceId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
        /** IANA time zone of the VDN: calling windows, holidays and daily outbound statistics (decision 0750). */
        timeZone: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
        restReasons: Type.Optional(Type.Array(Type.Object({ restReasonId: Type.Integer(), restReason: Type.String() }), { maxItems: 1000 })),
        /** Named skill groups (12.3.3.5, decision 0852). */
        skillGroups: Type.Optional(Type.Array(SkillGroupSpec, { maxItems: 1000 })),
        /** Rest quotas and approval (decision 0850). */
        rest: Type.Optional(
          Type.Object({
            maxRestingAgents: Type.Optional(Type.Integer({ minimum: 0 })),
            approval: Type.Optional(Type.Boolean()),
            skills: Type.Optional(Type.Array(Type.Object({ skillId: Type.Integer({ minimum: 1 }), maxRestingAgents: Type.Integer({ minimum: 0 }) }), { maxItems: 2000 })),
          }),
        ),
        /** Web chat channels and agent chat capacity (src/domain/chat/chat-settings.ts, decision 1101). */
        chat: Type.Optional(Type.Object({}, { additionalProperties: true })),
      },
      { additionalProperties: true },
    ),
  ),
  skills: Type.Array(SkillSpec),
  agents: Type.Array(AgentSpec),
  accessCodes: Type.Array(AccessCodeSpec),
  ivrFlows: Type.Optional(Type.Array(IvrFlowSpec)),
  calledRoutes: Type.Array(CalledRouteSpec),
  satisfaction: Type.Optional(Type.Object({ enabled: Type.Boolean(), ivrFlowId: Type.Optional(Type.Integer()) })),
  /** CC-Survey questionnaires (ch. 8, decision 1150). */
  surveys: Type.Optional(Type.Array(SurveySpec, { maxItems: 1000 })),
  /** The iKBS knowledge base (ch. 9, decision 0901). */
  knowledge: Type.Optional(KnowledgeSpec),
  /** The chatbot of chapter 10 (docs/tenant-file.md "chatbot"): NLU corpus, flows, bindings. */
  chatbot: Type.Optional(ChatbotSpec),
  /** The business software mall customer, trial and subscriptions (§15.1, decision 1504). */
  mall: Type.Optional(MallSpec),
});

export type TenantSpec = Static<typeof TenantSpec>;
export type SkillSpec = Static<typeof SkillSpec>;
export type AgentSpec = Static<typeof AgentSpec>;
