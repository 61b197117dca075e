import { Type } from '@sinclair/typebox';
import { skillFieldLimits } from '../../domain/config/skill-fields.ts';

/**
 * Schemas of the skill-queue interfaces, written from Tables 5-45, 5-51 and 5-54. Lengths and
 * ranges are checked here; cross-field rules and references by src/domain/config/skill-*.ts.
 * Optional values that clients send blank (null, "") are accepted as absent: the validator turns
 * null into "" for strings, and a null overflow `value` stays null (the Null branch comes first,
 * so that it is not read as 0).
 */

const policyFields = {
  deviceType: Type.Optional(Type.String({ maxLength: 8, description: '"1" skill queue, "3" IVR flow (Transfer only)' })),
  transferType: Type.String({ maxLength: 16, description: 'Release or Transfer' }),
  value: Type.Optional(Type.Union([Type.Null(), Type.Integer(), Type.String({ maxLength: 16 })], { description: 'skill id or IVR flow id (Transfer only)' })),
};

const OverflowPolicyInput = (description: string) => Type.Object(policyFields, { description });

export const SkillParamInput = Type.Object(
  {
    noAgents: OverflowPolicyInput('when no agent is on duty'),
    busy: OverflowPolicyInput('when the queue is busy or overflows'),
    answerFunction: Type.Optional(Type.String({ maxLength: 4, description: '"0" report the agent ID, "2" no voice (media 5 and 19)' })),
    timeOut: OverflowPolicyInput('when queuing times out'),
    waitVoice: Type.Optional(
      Type.Object(
        {
          parameterType: Type.String({ maxLength: 16, description: 'Voice (default tone) or IVR' }),
          id: Type.Optional(Type.String({ maxLength: 16, description: 'IVR flow id (IVR only)' })),
        },
        { description: 'queuing treatment (media 5 and 19)' },
      ),
    ),
  },
  { description: 'overflow policies and queuing treatment' },
);

export const skillNameSchema = Type.String({ maxLength: skillFieldLimits.nameLengthMax, description: 'at most 20 characters, none of `~!#$%^&*()+={}\';<>/?' });
export const skillDescriptionSchema = Type.String({ maxLength: skillFieldLimits.descriptionLengthMax, description: 'at most 50 characters' });
export const maxWaitTimeSchema = Type.Integer({ minimum: 0, maximum: skillFieldLimits.maxWaitTimeSecondsMax, description: 'seconds' });
export const maxWaitNumSchema = Type.Integer({ minimum: 0, maximum: skillFieldLimits.maxWaitNumMax });
export const maxAgentWrapupTimeSchema = Type.Integer({ minimum: 0, maximum: skillFieldLimits.maxAgentWrapupTimeSecondsMax, description: 'seconds' });

/** The tables print `maxAgentWrapup Time` with a space (ref L4074, L4280). */
export const skillKeyAliases = { maxAgentWrapupTime: ['maxAgentWrapup Time', 'maxAgentWrapup_Time'] } as const;

/** The `skillParam` of a reply (Table 5-55 items 1.4.8). */
const OverflowPolicyView = Type.Object({
  deviceType: Type.Optional(Type.String()),
  transferType: Type.String(),
  value: Type.Optional(Type.Integer()),
});

export const SkillView = Type.Object({
  skillId: Type.Integer(),
  maxAgentWrapupTime: Type.Integer(),
  maxWaitTime: Type.Integer(),
  name: Type.String(),
  mediaTypeId: Type.Integer(),
  description: Type.String(),
  maxWaitNum: Type.Integer(),
  skillParam: Type.Object({
    noAgents: OverflowPolicyView,
    busy: OverflowPolicyView,
    answerFunction: Type.Optional(Type.String()),
    timeOut: OverflowPolicyView,
    waitVoice: Type.Optional(Type.Object({ parameterType: Type.String(), value: Type.Optional(Type.String()), id: Type.Optional(Type.String()) })),
  }),
});
