import { Type } from '@sinclair/typebox';
import { peakFields, systemScope, type Usage } from '../../../stats/system/index.ts';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { clusterIndicators } from '../../../services/system-indicators/node-indicators.ts';
import { usageOf } from '../../../services/system-indicators/indicator-view.ts';
import type { ApiServices } from '../../services.ts';
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

/** The highest usage of the scope (a VDN, or 0 for the system): any node's in this run, or the stored one. */
async function historicPeaks(services: ApiServices, scope: number, runPeak: Usage): Promise<Usage> {
  const peak = { ...runPeak };
  for (const row of await services.repos.systemIndicators.licencePeaks(scope)) {
    const field = peakFields.find((f) => f === row.field);
    if (field) peak[field] = Math.max(peak[field], row.value);
  }
  return peak;
}

/**
 * CEC §12.3.6.8 (ref L64055–L64198), Table 12-682: licence maxima and current usage, counted from
 * the live engines (decision 0822). The global key sees the whole system, a tenant key its own
 * tenant. OpenCEC has no licence: the only maximum is the sign-in cap per tenant; the others are
 * 4294967295 ("not applicable"), and the dates 0 as in the example. The historic peaks are the
 * highest usage ever reached, stored with the CTI records so that they survive restarts (decision
 * 0842); for the global key, the peak of the whole system's usage. In cluster mode the usage is
 * every owner's and the peaks the highest any node saw or stored (decision 1732).
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
  async handler({ body, auth, services }) {
    if (body.ccId !== services.settings.callCenterId) throw cmsFailure('invalidParameter', 'ccId does not exist');
    const vdnIds = auth.vdnId === null ? (await services.repos.vdns.list()).map((v) => v.vdnId) : [auth.vdnId];
    // Each VDN's usage as its owner counts it, wherever it runs (decision 1732).
    const { view } = await clusterIndicators(services);
    const now = usageOf(vdnIds.flatMap((vdnId) => view.vdn(vdnId)?.usage ?? []));
    const scope = auth.vdnId ?? systemScope;
    const peak = await historicPeaks(services, scope, view.peak(scope));
    // A peak is never below what is in use now.
    const history = (field: keyof Usage) => Math.max(peak[field], now[field]);
    return {
      resultDesc: {
        licenseMaxAgentNum: services.cti.settings.signedInAgentsMax * vdnIds.length,
        licenseMaxVideoAgentNum: notApplicable,
        licenseMaxVdnNum: notApplicable,
        licenseMaxIvrCallNum: notApplicable,
        licenseMaxVoiceCallNum: notApplicable,
        licenseMaxWebCallNum: notApplicable,
        loginAgentNum: now.agents,
        loginVideoAgentNum: now.videoAgents,
        vdnNum: vdnIds.length,
        ivrCallNum: now.ivrCalls,
        voiceCallNum: now.voiceCalls,
        webCallNum: now.webCalls,
        historyMaxAgentNum: history('agents'),
        historyMaxVideoAgentNum: history('videoAgents'),
        historyMaxIvrCallNum: history('ivrCalls'),
        historyMaxVoiceCallNum: history('voiceCalls'),
        historyMaxWebCallNum: history('webCalls'),
        licenseStartDate: 0,
        licenseEndDate: 0,
      },
    };
  },
});
