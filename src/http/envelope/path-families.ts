import { apiFabricEnvelope, bareEnvelope, gatewayEnvelope, oiapEnvelope, resultCodeEnvelope, returnCodeEnvelope } from './families.ts';
import { configGeneric, fieldEnvelope } from './field-envelope.ts';
import type { Envelope } from './envelope.ts';
import { cmsEnvelope } from './cms-envelopes.ts';
import { ccfsEnvelope } from './ccfs-envelope.ts';
import { isalesEnvelope } from './isales-envelope.ts';
import { examScoreEnvelope, surveyEnvelope } from './survey-envelopes.ts';
import { omaEnvelope, trialApplyEnvelope } from './oma-envelopes.ts';

/**
 * The envelope of a family for requests that reach no interface (unknown path, bad URL, a body
 * the HTTP parser refused). Clients parse every reply as JSON in their family's shape, so even
 * these answers use it. Families whose interfaces are not built yet still get their documented
 * failure shape here, from the notes' envelope tables.
 */

/** Chat `{resultCode, resultDesc}` (note 06 §3.3 A), CCSQM (note 07 §3.3). */
const resultDescFailures = fieldEnvelope({
  name: 'resultDescUnrouted',
  codeField: 'resultCode',
  messageField: 'resultDesc',
  successCode: '0',
  generic: configGeneric('1'),
});

/** Longest prefix first; matched case-insensitively against the path. */
const families: ReadonlyArray<readonly [RegExp, Envelope]> = [
  [/^\/agentgateway\//i, gatewayEnvelope],
  [/^\/rest\/cmsapp\//i, cmsEnvelope],
  [/^\/rest\/isales\//i, isalesEnvelope],
  [/^\/rest\/ccikbs\//i, returnCodeEnvelope],
  [/^\/oifde\//i, oiapEnvelope],
  [/^\/apigovernance\//i, apiFabricEnvelope],
  [/^\/apiaccess\/(rest\/)?cc-management\//i, resultCodeEnvelope],
  [/^\/(apiaccess\/)?(ccmessaging|ccsqm|ccisqm)\//i, resultDescFailures],
  [/^\/ccfs\//i, ccfsEnvelope],
  [/^\/apiaccess\/v1\/scriptanswer\//i, surveyEnvelope],
  [/^\/apiaccess\/ngcrmpfcore_js\//i, examScoreEnvelope],
  [/^\/(apiaccess\/)?rest\/oma\//i, omaEnvelope],
  [/^\/apiaccess\/rest\/ipccprovision\//i, trialApplyEnvelope],
  [/^\/sim\//i, bareEnvelope],
  [/^\/opencec\//i, returnCodeEnvelope],
];

/**
 * Paths outside every family are answered the way an API gateway in front of the platform answers
 * (the API Fabric `{error_code, error_msg}`, decision 0001), so the body is still JSON.
 */
export function envelopeForPath(url: string): Envelope {
  const path = url.split('?')[0] ?? url;
  for (const [prefix, envelope] of families) if (prefix.test(path)) return envelope;
  return apiFabricEnvelope;
}
