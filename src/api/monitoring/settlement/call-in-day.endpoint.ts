import { settlementEndpoint } from './settlement-endpoint.ts';

/** CEC §12.3.2.10 (ref L60695): the inbound daily settlement, per called number × call type × business type. */
export const callInDaySettlement = settlementEndpoint({
  section: '12.3.2.10',
  name: 'callinday/querymanualindexesbycondition',
  summary: 'Collecting statistics on result sets in the daily settlement table for inbound calls',
  path: '/rest/cmsapp/v1/callinday/querymanualindexesbycondition',
  direction: 'in',
  numbers: 'calleeNos',
  numberField: 'calleeNo',
});
