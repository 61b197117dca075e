import { Type } from '@sinclair/typebox';
import { ivrIndicators } from '../../../domain/indicators/index.ts';
import { grainHistoryEndpoint } from './history-endpoint.ts';

/**
 * CEC §12.3.2.3 (ref L59634): Table 12-694 indicators per IVR business type (`serviceNos`, ≤500,
 * ref L59668), current or previous VDN day. A flow's CDR legs carry its business type.
 */
export const hisindexIvr = grainHistoryEndpoint({
  section: '12.3.2.3',
  name: 'hisindex/ivr',
  summary: 'Obtaining historical IVR monitoring indicators',
  path: '/rest/cmsapp/v1/openapi/hisindex/ivr',
  scope: 'ivr',
  ids: { field: 'serviceNos', item: Type.Integer({ minimum: 0, maximum: 65535 }), max: 500 },
  tables: [ivrIndicators],
});
