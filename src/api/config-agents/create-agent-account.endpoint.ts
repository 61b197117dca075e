import { Type } from '@sinclair/typebox';
import { resultCodeEnvelope } from '../../http/envelope/index.ts';
import { createAgentAccount } from '../../services/agent-accounts/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { tenantOf, unwrap } from './agent-errors.ts';
import { accountPasswordSchema, agentTypeSchema, ccRoleIdSchema, emailSchema, phoneSchema, skillEntrySchema, userAccountSchema, userNameSchema } from './agent-schemas.ts';

/**
 * CEC §5.1.1 (ref L2728–2842): creates one agent account in the caller's tenant and answers its
 * work number (`{"resultCode":"0","resultMessage":"create agent account success","workNo":108}`).
 */
export const createAgentAccountEndpoint = defineEndpoint({
  section: '5.1.1',
  name: 'agentAccount/create',
  summary: 'Creating a single agent account',
  method: 'POST',
  path: '/apiaccess/rest/cc-management/v1/agentAccount/create',
  auth: 'C1',
  envelope: resultCodeEnvelope,
  body: Type.Object({
    userAccount: userAccountSchema(),
    userName: userNameSchema('Agent name: at most 20 characters, none of "[]\'&()=;<>,'),
    password: accountPasswordSchema('Password: 8 to 32 characters with upper-case, lower-case, digits and special characters; valid 90 days'),
    email: emailSchema,
    agentType: agentTypeSchema,
    ccRoleId: ccRoleIdSchema,
    skills: Type.Optional(Type.Array(skillEntrySchema, { description: 'Skill bindings; the skill media types must suit agentType' })),
    phone: Type.Optional(phoneSchema),
  }),
  response: Type.Object({ workNo: Type.Integer({ description: 'Agent ID' }) }),
  errors: ['1'],
  async handler({ body, auth, services }) {
    const vdnId = tenantOf(auth, resultCodeEnvelope);
    const { workNo } = unwrap(await createAgentAccount(services, vdnId, body));
    return { resultMessage: 'create agent account success', workNo };
  },
});
