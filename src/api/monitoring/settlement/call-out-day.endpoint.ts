import { settlementEndpoint } from './settlement-endpoint.ts';

/** CEC §12.3.2.11 (ref L60973): the outbound daily settlement, per calling number × call type × business type × campaign. */
export const callOutDaySettlement = settlementEndpoint({
  section: '12.3.2.11',
  name: 'calloutday/querymanualindexesbycondition',
  summary: 'Collecting statistics on result sets in the daily settlement table for outbound calls',
  path: '/rest/cmsapp/v1/calloutday/querymanualindexesbycondition',
  direction: 'out',
  numbers: 'callerNos',
  numberField: 'callerNo',
});
