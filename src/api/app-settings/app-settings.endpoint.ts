import { Type, type Static, type TObject } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { CecError, httpStatusText } from '../../http/cec-error.ts';
import { configGeneric, fieldEnvelope } from '../../http/envelope/index.ts';
import type { AppAgentSettingsRow } from '../../store/index.ts';
import type { ApiServices } from '../services.ts';
import { defineEndpoint } from '../define-endpoint.ts';

/** `{returnCode, returnDesc}` of §6.4 (Tables 6-439, 6-442, 6-445, 6-448); failures "1" (decision 0465). */
export const returnDescEnvelope = fieldEnvelope({ name: 'returnDesc', codeField: 'returnCode', messageField: 'returnDesc', successCode: '0', generic: configGeneric('1') });

const base = '/apiaccess/CC-Management/v1/openapp/agentsettings';
/** "A maximum of five numbers … Length limit of each number: string (15)"; an array, or the numbers joined by commas. */
const Numbers = Type.Union([Type.Array(Type.String({ maxLength: 15 }), { maxItems: 5 }), Type.String({ maxLength: 79 })]);
const UserId = Type.String({ minLength: 1, maxLength: 64 });
const Fields = {
  callType: Type.Optional(Type.Union([Type.Literal('0'), Type.Literal('1'), Type.Literal('2')])),
  userId: UserId,
  callerPresent: Type.Optional(Numbers),
  callNumber: Type.Optional(Numbers),
  callNumberDefault: Type.Optional(Type.String({ maxLength: 15 })),
  callerPresentDefault: Type.Optional(Type.String({ maxLength: 15 })),
};
const common = { auth: 'C1' as const, envelope: returnDescEnvelope, method: 'POST' as const, errors: ['1'] };

/** Table 6-437: `X-APP-Key` is mandatory, and the C1 guard checks it names the token's app. */
function requireAppKey(request: FastifyRequest): void {
  const key = request.headers['x-app-key'];
  if (typeof key !== 'string' || key === '') throw new CecError('1', httpStatusText[401], { httpStatus: 401 });
}

function numberList(value: string[] | string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const list = Array.isArray(value) ? value : value.split(',').map((n) => n.trim()).filter((n) => n !== '');
  if (list.length > 5 || list.some((n) => n.length > 15)) throw new CecError('1', 'At most five numbers of at most 15 characters each.');
  return list;
}

function written(body: Partial<Static<TObject<typeof Fields>>>) {
  const out: Partial<AppAgentSettingsRow> = {};
  if (body.callType !== undefined) out.callType = body.callType;
  const callerPresent = numberList(body.callerPresent);
  if (callerPresent) out.callerPresent = JSON.stringify(callerPresent);
  const callNumber = numberList(body.callNumber);
  if (callNumber) out.callNumber = JSON.stringify(callNumber);
  if (body.callNumberDefault !== undefined) out.callNumberDefault = body.callNumberDefault;
  if (body.callerPresentDefault !== undefined) out.callerPresentDefault = body.callerPresentDefault;
  return out;
}

/** CEC §6.4.1 create: the user's settings; a user has one (a second create answers "1"; decision 0465 records the header and field rules). */
export const createAgentSettings = defineEndpoint({
  ...common,
  section: '6.4.1',
  name: 'create',
  summary: 'Creating app personal settings',
  path: `${base}/create`,
  body: Type.Object(Fields),
  response: Type.Object({ id: Type.String() }),
  async handler({ body, auth, services, request }) {
    requireAppKey(request);
    const vdnId = auth.vdnId!;
    if (await services.repos.appAgentSettings.findByUser(vdnId, body.userId)) throw new CecError('1', `The user ${body.userId} already has settings; update them.`);
    const id = services.ids.next();
    await services.repos.appAgentSettings.insert({ id, vdnId, userId: body.userId, callType: null, callerPresent: '[]', callNumber: '[]', callNumberDefault: null, callerPresentDefault: null, ...written(body), updatedAtMs: services.clock.now() });
    return { returnDesc: 'The AgentSettings created successfully.', id };
  },
});

/** CEC §6.4.2 update: overwrites the fields given of the row `id` of the user; none such: "1". */
export const updateAgentSettings = defineEndpoint({
  ...common,
  section: '6.4.2',
  name: 'update',
  summary: 'Updating app personal settings',
  path: `${base}/update`,
  body: Type.Object({ id: Type.String({ minLength: 1, maxLength: 32 }), ...Fields }),
  response: Type.Object({ id: Type.String() }),
  async handler({ body, auth, services, request }) {
    requireAppKey(request);
    const updated = await services.repos.appAgentSettings.update(auth.vdnId!, body.id, body.userId, { ...written(body), updatedAtMs: services.clock.now() });
    if (!updated) throw new CecError('1', `No settings ${body.id} of user ${body.userId}.`);
    return { returnDesc: 'update success.', id: body.id };
  },
});

/** The agent bound to the settings: the tenant's agent whose softphone is the default number (decision 0465). */
async function agentNameOf(services: ApiServices, vdnId: number, row: AppAgentSettingsRow): Promise<string> {
  if (!row.callNumberDefault) return '';
  const agent = await services.repos.agents.findBySipAccount(row.callNumberDefault);
  return agent && agent.vdnId === vdnId ? agent.userAccount : '';
}

/** CEC §6.4.3 query {userId}: the user's settings as the example shows them (ref L19604–19619); none: "1". */
export const queryAgentSettings = defineEndpoint({
  ...common,
  section: '6.4.3',
  name: 'query',
  summary: 'Querying app personal settings',
  path: `${base}/query`,
  body: Type.Object({ userId: UserId }),
  response: Type.Object({ id: Type.String(), userId: Type.String(), callType: Type.String(), callerPresent: Type.Array(Type.String()), callNumber: Type.Array(Type.String()), callNumberDefault: Type.String(), callerPresentDefault: Type.String(), agentName: Type.String() }),
  async handler({ body, auth, services, request }) {
    requireAppKey(request);
    const row = await services.repos.appAgentSettings.findByUser(auth.vdnId!, body.userId);
    if (!row) throw new CecError('1', `The user ${body.userId} has no settings.`);
    return {
      returnDesc: 'query success',
      id: row.id,
      userId: row.userId,
      callType: row.callType ?? '',
      callerPresent: JSON.parse(row.callerPresent) as string[],
      callNumber: JSON.parse(row.callNumber) as string[],
      callNumberDefault: row.callNumberDefault ?? '',
      callerPresentDefault: row.callerPresentDefault ?? '',
      agentName: await agentNameOf(services, auth.vdnId!, row),
    };
  },
});

/** CEC §6.4.4 delete {userId}; none: "1". */
export const deleteAgentSettings = defineEndpoint({
  ...common,
  section: '6.4.4',
  name: 'delete',
  summary: 'Deleting app personal settings',
  path: `${base}/delete`,
  body: Type.Object({ userId: UserId }),
  response: Type.Object({}),
  async handler({ body, auth, services, request }) {
    requireAppKey(request);
    if (!(await services.repos.appAgentSettings.deleteByUser(auth.vdnId!, body.userId))) throw new CecError('1', `The user ${body.userId} has no settings.`);
    return { returnDesc: 'The AgentSettings delete successfully.' };
  },
});

export const appSettingsEndpoints = [createAgentSettings, updateAgentSettings, queryAgentSettings, deleteAgentSettings];
