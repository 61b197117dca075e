import { Type } from '@sinclair/typebox';
import { isalesEnvelope } from '../../../http/envelope/index.ts';
import { deleteHolidays, listHolidays as holidaysOf, saveHoliday } from '../../../services/outbound/campaigns/holiday-service.ts';
import { FieldReader, type HolidayInput } from '../../../domain/outbound/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { isalesTenant, isalesVdnIdSchema } from '../isales-request.ts';
import { campaignDeps, campaignParams, looseObject, orFail } from './campaign-request.ts';

const holidayBody = looseObject({ id: 'holiday id (modify)', name: 'String ≤30, unique', type: '1 weekly, 2 by date, 3 yearly', week: '1–7, comma separated', beginTime: 'yyyy-MM-dd or MM-dd', endTime: 'yyyy-MM-dd or MM-dd' });
const generic = ['0200001', '02000001', '02000003', '02000006', '02000007'];

function holidayInput(body: Record<string, unknown>, withId: boolean): HolidayInput & { id?: number } {
  const r = new FieldReader(body);
  const id = withId ? r.int('id', { min: 1, max: 2_147_483_647, required: true }) : undefined;
  const name = r.text('name', { max: 30, required: true });
  const type = r.int('type', { min: 1, max: 3, required: true });
  if (r.rejection) orFail(r.rejection);
  const text = (key: string) => (body[key] === undefined || body[key] === null ? null : String(body[key]));
  return { ...(id !== undefined ? { id } : {}), name: name!, type: type!, week: text('week'), beginTime: text('beginTime'), endTime: text('endTime') };
}

/** CEC §7.2.1 (ref L24932): the campaign's holidays (example ref L25032). */
export const listHolidays = defineEndpoint({
  section: '7.2.1',
  name: 'queryHolidays',
  summary: 'Querying the holiday list of an outbound campaign',
  method: 'GET',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/holiday/{campaignId}',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: campaignParams,
  response: Type.Object({ data: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String(), type: Type.Integer() }, { additionalProperties: true })) }),
  errors: ['0200001', '0200007'],
  async handler({ params, auth, services }) {
    const vdnId = isalesTenant(auth, params.vdnId);
    return { data: orFail(await holidaysOf(campaignDeps(services), vdnId, params.campaignId)) };
  },
});

/** CEC §7.2.2 (ref L25057): at most 20 holidays, names unique; returns the new id. */
export const addHoliday = defineEndpoint({
  section: '7.2.2',
  name: 'addHoliday',
  summary: 'Adding a holiday for an outbound campaign',
  method: 'POST',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/holiday/{campaignId}',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: campaignParams,
  body: holidayBody,
  response: Type.Object({ returnObject: Type.Object({ id: Type.Integer() }) }),
  errors: [...generic, '0200007', '0200030', '0200013', '0200015'],
  async handler({ params, auth, body, services }) {
    const vdnId = isalesTenant(auth, params.vdnId);
    const input = holidayInput(body as Record<string, unknown>, false);
    return { returnObject: orFail(await saveHoliday(campaignDeps(services), vdnId, params.campaignId, input)) };
  },
});

/** CEC §7.2.3 (ref L25184): the holiday is named by `id` in the body (note 04 §8.4 #19). */
export const modifyHoliday = defineEndpoint({
  section: '7.2.3',
  name: 'modifyHoliday',
  summary: 'Modifying a holiday for an outbound campaign',
  method: 'PUT',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/holiday/{campaignId}',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: campaignParams,
  body: holidayBody,
  errors: [...generic, '0200007', '0200014', '0200030', '0200013'],
  async handler({ params, auth, body, services }) {
    const vdnId = isalesTenant(auth, params.vdnId);
    orFail(await saveHoliday(campaignDeps(services), vdnId, params.campaignId, holidayInput(body as Record<string, unknown>, true)));
  },
});

/** CEC §7.2.4 (ref L25309): one holiday. */
export const deleteHoliday = defineEndpoint({
  section: '7.2.4',
  name: 'deleteHoliday',
  summary: 'Deleting a holiday for an outbound campaign',
  method: 'DELETE',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/holiday/{campaignId}/{holidayId}',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: Type.Object({ vdnId: isalesVdnIdSchema, campaignId: Type.Integer({ minimum: 1 }), holidayId: Type.Integer({ minimum: 1 }) }),
  errors: ['0200001', '0200007', '0200014'],
  async handler({ params, auth, services }) {
    const vdnId = isalesTenant(auth, params.vdnId);
    orFail(await deleteHolidays(campaignDeps(services), vdnId, params.campaignId, params.holidayId));
  },
});

/** CEC §7.2.5 (ref L25403): every holiday of the campaign. */
export const deleteAllHolidays = defineEndpoint({
  section: '7.2.5',
  name: 'deleteAllHolidays',
  summary: 'Deleting all holidays for an outbound campaign',
  method: 'DELETE',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/holiday/{campaignId}',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: campaignParams,
  errors: ['0200001', '0200007'],
  async handler({ params, auth, services }) {
    const vdnId = isalesTenant(auth, params.vdnId);
    orFail(await deleteHolidays(campaignDeps(services), vdnId, params.campaignId));
  },
});
