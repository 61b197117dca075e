import { Type } from '@sinclair/typebox';
import { agentTypes, ccRoleIds, phoneLengthMax, userAccountLengthMax, userAccountLengthMin, userNameLengthMax, weightMax, weightMin } from '../../domain/config/agent-account-rules.ts';
import { accountPasswordLengthMax, accountPasswordLengthMin } from '../../domain/config/agent-password-rules.ts';

/**
 * Schema pieces shared by the 5.1 interfaces, written from the reference's tables. They check
 * types, lengths and enumerations; character sets and password policies are checked by the rules
 * in src/domain/config, which say precisely what is wrong.
 */

export const userAccountSchema = (description = 'Agent account: 6 to 50 letters, digits and @ . - _', minLength = userAccountLengthMin) =>
  Type.String({ minLength, maxLength: userAccountLengthMax, description });

export const agentTypeSchema = Type.Integer({ enum: [...agentTypes], description: '4 audio agent, 11 video agent, 5 multimedia agent, 99 versatile agent' });
export const ccRoleIdSchema = Type.Integer({ enum: [...ccRoleIds], description: '2 agent, 3 inspector, 4 outbound call agent' });
export const weightSchema = (description: string) => Type.Integer({ minimum: weightMin, maximum: weightMax, description });
export const accountPasswordSchema = (description: string) =>
  Type.String({ minLength: accountPasswordLengthMin, maxLength: accountPasswordLengthMax, description });
export const emailSchema = Type.String({ minLength: 3, maxLength: 320, description: 'E-mail address: local part ≤ 64, domain part ≤ 255, first label ≤ 63 characters' });
export const phoneSchema = Type.String({ maxLength: phoneLengthMax, description: 'Phone number, at most 25 characters' });
export const userNameSchema = (description: string) => Type.String({ maxLength: userNameLengthMax, description });

/** 5.1.1 marks every field of a skills entry optional; 5.1.3 requires all three when skills is sent. */
export const skillEntrySchema = Type.Object({
  skillId: Type.Optional(Type.Integer({ minimum: 1, description: 'Skill queue ID (querySkills)' })),
  agentWeight: Type.Optional(weightSchema('Agent weight; larger is higher priority; at least 1')),
  skillWeight: Type.Optional(weightSchema('Skill queue weight; at least 1')),
});

/** Agent accounts listed by 5.1.5 and 5.1.6. */
export const userAccountsSchema = (description: string) => Type.Array(Type.String({ maxLength: userAccountLengthMax }), { description });

/** Pages count from 0; the offset must stay within what the store can skip. */
export const pageNumSchema = Type.Integer({ minimum: 0, maximum: 1_000_000, description: 'Page number, from 0' });

/** One agent of 5.1.4's `data`. */
export const agentAccountItemSchema = Type.Object({
  userAccount: Type.String(),
  userName: Type.String(),
  phone: Type.String(),
  email: Type.String(),
  agentType: Type.Integer(),
  ccRoleId: Type.Integer(),
  sipAccount: Type.String(),
  skills: Type.Array(Type.Object({ skillId: Type.Integer(), agentWeight: Type.Integer(), skillWeight: Type.Integer() })),
  workNo: Type.Integer(),
  transparentDisplayFlag: Type.Boolean(),
});
