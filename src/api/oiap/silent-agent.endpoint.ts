import { Type } from '@sinclair/typebox';
import { defineEndpoint } from '../define-endpoint.ts';
import { changeWorkMode, receiveAgentReply } from '../../services/chatbot/silent-agent.ts';
import { oiapStringCodeEnvelope } from './oiap-envelopes.ts';
import { authTokenField, oiapTenant, tenantIdField } from './oiap-tenant.ts';

/** What both silent-agent interfaces share: a C3 ODFS flow call about one agent on one live call. */
const silentAgent = { method: 'POST', auth: 'C3', envelope: oiapStringCodeEnvelope, errors: ['900001', '900002', '10000002', '10000003'] } as const;
const callOfAgent = {
  tenantId: tenantIdField,
  callId: Type.String({ minLength: 1, maxLength: 64 }),
  agentId: Type.String({ minLength: 1, maxLength: 64 }),
};

/** CEC §10.11.1 (ref L36571–36663): switch a live call's silent-agent state. */
export const changeWorkModeEndpoint = defineEndpoint({
  ...silentAgent,
  section: '10.11.1',
  name: 'flow/changeWorkMode',
  summary: 'Silent agent: change the work mode of a live call',
  path: '/oifde/rest/api/flow/changeWorkMode',
  body: Type.Object({
    ...callOfAgent,
    workMode: Type.Integer({ minimum: 0, maximum: 3 }),
    callTransferRequest: Type.Optional(
      Type.Object({
        callTransferType: Type.Integer({ enum: [1, 2, 3, 4, 5, 6, 7, 8, 31, 32, 33] }),
        callTransferRouteValue: Type.String({ maxLength: 256 }),
        callTransferTransData: Type.Optional(Type.String({ maxLength: 4096 })),
        callTransferNumber: Type.Optional(Type.String({ maxLength: 64 })),
      }),
    ),
    authToken: Type.Optional(authTokenField),
  }),
  async handler({ body, auth, services }) {
    const tenant = oiapTenant(auth, body.tenantId);
    const t = body.callTransferRequest;
    const transfer = t ? { transType: t.callTransferType, routeValue: t.callTransferRouteValue, transData: t.callTransferTransData ?? '', callingNum: t.callTransferNumber ?? '' } : undefined;
    await changeWorkMode(services.chatbot.dialog, tenant.vdnId, body.callId, body.agentId, body.workMode, transfer);
  },
});

/** CEC §10.11.2 (ref L36665–36730): the silent agent's reply to the caller. */
export const receiveDialogRecord = defineEndpoint({
  ...silentAgent,
  section: '10.11.2',
  name: 'flow/receiveDialogrecord',
  summary: 'Silent agent: reply instead of the bot',
  path: '/oifde/rest/api/flow/receiveDialogrecord',
  body: Type.Object({
    ...callOfAgent,
    nodeId: Type.String({ minLength: 1, maxLength: 128 }),
    nodeIndex: Type.Optional(Type.Integer()),
    replyType: Type.Optional(Type.Integer({ minimum: 0, maximum: 1 })),
    replyIntentCode: Type.String({ maxLength: 128 }),
    replyIntentContent: Type.String({ minLength: 1, maxLength: 4096 }),
    replyIntentName: Type.String({ maxLength: 128 }),
    authToken: Type.Optional(authTokenField),
  }),
  gaps: 'the reply is said at the call\'s next prompt whatever nodeId names; ODFS has no documented push of pending nodes to the silent agent',
  async handler({ body, auth, services }) {
    const tenant = oiapTenant(auth, body.tenantId);
    await receiveAgentReply(services.chatbot.dialog, tenant.vdnId, body.callId, body.agentId, body.replyIntentContent);
  },
});
