import { Type } from '@sinclair/typebox';
import { vdnIndicators } from '../../../domain/indicators/index.ts';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { ccIdSchema, cmsKeyAliases, cmsTenant, vdnIdSchema } from '../cms-request.ts';
import { dayWindow, grainFields, historyFields, historyItems, idList, indexIdsSchema, itemsSchema, mediaFilter, resolveIndicators } from './history-query.ts';

/**
 * CEC §12.3.2.1 (ref L59305): Table 12-692 indicators per VDN (≤100, ref L59341), current or
 * previous VDN day, by grain or as one value; `anonyCall` and `calleeNo` narrow the inbound calls.
 * Every VDN must be readable by the key: a tenant key naming another VDN gets 0101003.
 */
export const hisindexVdn = defineEndpoint({
  section: '12.3.2.1',
  name: 'hisindex/vdn',
  summary: 'Obtaining historical monitoring indicators by VDN',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/hisindex/vdn',
  auth: 'C2-any',
  envelope: cmsCompatEnvelope,
  keyAliases: { ...cmsKeyAliases, vdnIds: ['vdnlds'] },
  body: Type.Object({
    ccId: Type.Optional(ccIdSchema),
    vdnIds: idList(vdnIdSchema, 100),
    indexIds: indexIdsSchema(vdnIndicators.size),
    ...grainFields,
    anonyCall: Type.Optional(Type.Union([Type.Literal(0), Type.Literal(1)])),
    calleeNo: Type.Optional(Type.String({ minLength: 1, maxLength: 32, pattern: '^[0-9*#+]+$' })),
    mediaType: historyFields.mediaType,
    subMediaType: historyFields.subMediaType,
  }),
  response: Type.Object({ resultDesc: itemsSchema }),
  errors: ['0100002', '0101003'],
  async handler({ body, auth, services }) {
    const indicators = resolveIndicators(body.indexIds, [vdnIndicators], { grain: body.timeGrain !== undefined });
    const vdns = [...new Set(body.vdnIds)];
    for (const vdn of vdns) await cmsTenant(services, auth, { vdn, ccId: body.ccId });
    const window = dayWindow(services.clock.now(), body.enableOffset);
    const filter = {
      ...mediaFilter(body),
      ...(body.anonyCall === undefined ? {} : { anony: body.anonyCall }),
      ...(body.calleeNo === undefined ? {} : { calleeNo: body.calleeNo }),
    };
    const items = [];
    for (const vdnId of vdns) {
      const [item] = await historyItems(services, { vdnId, scope: 'vdn', ids: [''], window, grain: body.timeGrain, filter, indicators });
      items.push({ id: String(vdnId), idxs: item!.idxs });
    }
    return { resultDesc: items };
  },
});
