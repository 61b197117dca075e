import { Type } from '@sinclair/typebox';
import { parseIsalesDateTime } from '../../../../domain/outbound/index.ts';
import { fail, optionalText, requiredText } from '../../../../domain/outbound/lists/isales-fields.ts';
import { isalesIsoTime } from '../../../../domain/outbound/lists/isales-time.ts';
import { isalesEnvelope } from '../../../../http/envelope/index.ts';
import type { IsalesOpenapiLogRow } from '../../../../store/index.ts';
import { defineEndpoint } from '../../../define-endpoint.ts';
import { isalesVdnParams } from '../../isales-request.ts';
import { genericListErrors, listHandler, offsetLimit, offsetLimitFields } from '../lists-request.ts';

/** CEC §7.10 (ref L29548): "The interval between the start time and end time cannot exceed seven days." */
const windowMaxMs = 7 * 86_400_000;

function logView(row: IsalesOpenapiLogRow): Record<string, unknown> {
  return { request: row.request, httpStatus: row.httpStatus, resultCode: row.resultCode, id: row.id, resultDesc: row.resultDesc, url: row.url, operTime: isalesIsoTime(row.operTimeMs), type: row.type };
}

function instant(name: string, value: string | undefined): number {
  const text = requiredText(name, value, { max: 19 });
  const ms = parseIsalesDateTime(text.trim());
  return ms ?? fail('invalidValue', `${name} must be yyyy-MM-dd HH:mm:ss`);
}

/** CEC §7.10 calllogs (ref L29501): the tenant's chapter 7 invocations in a window of at most 7 days, newest first. */
export const queryCallLogsEndpoint = defineEndpoint({
  section: '7.10',
  name: 'calllogs',
  summary: 'Querying interface invocation records',
  method: 'POST',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/calllogs',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: isalesVdnParams,
  body: Type.Object({ ...offsetLimitFields, url: Type.Optional(Type.String()), beginTime: Type.Optional(Type.String({ description: 'yyyy-MM-dd HH:mm:ss' })), endTime: Type.Optional(Type.String({ description: 'yyyy-MM-dd HH:mm:ss' })) }),
  response: Type.Object({ result: Type.Array(Type.Object({}, { additionalProperties: true })), count: Type.Integer() }),
  errors: genericListErrors,
  handler: ({ params, body, auth, services }) =>
    listHandler(auth, params.vdnId, async (vdnId) => {
      const { offset, limit } = offsetLimit(body, true)!;
      const fromMs = instant('beginTime', body.beginTime);
      const toMs = instant('endTime', body.endTime);
      if (fromMs > toMs) fail('invalidCombination', 'beginTime must not be later than endTime');
      if (toMs - fromMs > windowMaxMs) fail('invalidCombination', 'The interval between the start time and end time cannot exceed seven days.');
      const url = optionalText('url', body.url, { max: 1024 });
      // Rows of this request's own batch are written behind the reply; earlier ones are in the store.
      const { rows, count } = await services.repos.isalesOpenapiLog.page({ vdnId, fromMs, toMs, ...(url ? { url } : {}) }, offset, limit);
      return { result: rows.map(logView), count, resultDesc: 'queryCalllogs success' };
    }),
});
