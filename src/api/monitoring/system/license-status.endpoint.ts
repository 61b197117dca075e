import { Type } from '@sinclair/typebox';
import { liveUsage } from '../../../engine/index.ts';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { ccIdSchema, cmsFailure, cmsKeyAliases } from '../cms-request.ts';
import { notApplicable, systemErrors } from './system-request.ts';

const fields = [
  'licenseMaxAgentNum',
  'licenseMaxVideoAgentNum',
  'licenseMaxVdnNum',
  'licenseMaxIvrCallNum',
  'licenseMaxVoiceCallNum',
  'licenseMaxWebCallNum',
  'loginAgentNum',
  'loginVideoAgentNum',
  'vdnNum',
  'ivrCallNum',
  'voiceCallNum',
  'webCallNum',
  'historyMaxAgentNum',
  'historyMaxVideoAgentNum',
  'historyMaxIvrCallNum',
  'historyMaxVoiceCallNum',
  'historyMaxWebCallNum',
  'licenseStartDate',
  'licenseEndDate',
] as const;

/**
 * CEC §12.3.6.8 (ref L64055–L64198), Table 12-682: licence maxima and current usage, counted from
 * the live engines (decision 0822). The global key sees the whole system, a tenant key its own
 * tenant. OpenCEC has no licence: the only maximum is the sign-in cap per tenant; the others are
 * 4294967295 ("not applicable"), and the dates 0 as in the example.
 */
export const licenseStatus = defineEndpoint({
  section: '12.3.6.8',
  name: 'configures/querysystemlicensestatus',
  summary: 'Querying the current license usage in the system',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/configures/querysystemlicensestatus',
  auth: 'C2-any',
  envelope: cmsCompatEnvelope,
  keyAliases: cmsKeyAliases,
  body: Type.Object({ ccId: ccIdSchema }),
  response: Type.Object({ resultDesc: Type.Object(Object.fromEntries(fields.map((f) => [f, Type.Integer()]))) }),
  errors: systemErrors,
  gaps: 'historic peaks (historyMax*) are not tracked and read 4294967295',
  async handler({ body, auth, services }) {
    if (body.ccId !== services.settings.callCenterId) throw cmsFailure('invalidParameter', 'ccId does not exist');
    const vdnIds = auth.vdnId === null ? (await services.repos.vdns.list()).map((v) => v.vdnId) : [auth.vdnId];
    const engines = (await services.cti.registry.running()).filter((e) => vdnIds.includes(e.vdnId));
    const usage = engines.map(liveUsage);
    const sum = (key: keyof (typeof usage)[number]) => usage.reduce((n, u) => n + u[key], 0);
    return {
      resultDesc: {
        licenseMaxAgentNum: services.cti.settings.signedInAgentsMax * vdnIds.length,
        licenseMaxVideoAgentNum: notApplicable,
        licenseMaxVdnNum: notApplicable,
        licenseMaxIvrCallNum: notApplicable,
        licenseMaxVoiceCallNum: notApplicable,
        licenseMaxWebCallNum: notApplicable,
        loginAgentNum: sum('signedInAgents'),
        loginVideoAgentNum: sum('signedInVideoAgents'),
        vdnNum: vdnIds.length,
        ivrCallNum: sum('ivrCalls'),
        voiceCallNum: sum('voiceCalls'),
        webCallNum: sum('webCalls'),
        historyMaxAgentNum: notApplicable,
        historyMaxVideoAgentNum: notApplicable,
        historyMaxIvrCallNum: notApplicable,
        historyMaxVoiceCallNum: notApplicable,
        historyMaxWebCallNum: notApplicable,
        licenseStartDate: 0,
        licenseEndDate: 0,
      },
    };
  },
});
