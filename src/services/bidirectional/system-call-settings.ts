import type { Repositories } from '../../store/index.ts';
import { tenantSetting } from '../tenant-settings/index.ts';
import { tenantCallbackTrustlist } from '../voice-assets/index.ts';

/**
 * The GUI settings of "Configuration Center > Expansion Management > Bidirectional Call" and
 * "> Voice Notification" (ref L18053, L69815), kept in the tenant file's `settings` as
 * `bidirectionalCall` and `voiceNotification` (docs/tenant-file.md, decision 0420):
 * `connectionCallbackUrl` (6.2.14.2, bidirectional only), `hangupCallbackUrl`, `appSecret` (the
 * shared key that signs release callbacks), `trial` and `trialTrustlist` (trial tenants,
 * ref L16431 codes 16 and 21), `numberAnonymization` (the O&M feature of ref L16398).
 */
export interface SystemCallSettings {
  connectionCallbackUrl: string | null;
  hangupCallbackUrl: string | null;
  appSecret: string | null;
  trial: boolean;
  trialTrustlist: string[];
  numberAnonymization: boolean;
  /** Whether bidirectional calls are recorded (`record`, default true: the release event names the file, ref L18238). */
  record: boolean;
  /** The mobile agent callback URL trustlist (ref L16410): `mobileAgentCallbackTrustlist`, else `callbackTrustlist`. */
  callbackTrustlist: string[];
  /** The tenant's access codes, the numbers shown to the parties by default. */
  accessCodes: string[];
  defaultCallerNumber: string;
  /** The tenant space id reported and checked by 6.2.11/6.2.12 (settings.tenantSpaceId, default the VDN id). */
  tenantSpaceId: string;
  /** The tenant's ITA account (`ita`: appKey, appSecret, privacyNumbers): its calls go through the ITA (decision 0431). */
  ita: ItaAccount | null;
}

/** An ITA tenant's account on the carrier's privacy-number platform and its X numbers (decision 0431). */
export interface ItaAccount {
  appKey: string;
  appSecret: string;
  /** The X numbers of the AXB bindings; the tenant's access codes when not given. */
  privacyNumbers: string[];
}

function itaAccount(value: unknown, accessCodes: string[]): ItaAccount | null {
  const own = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const appKey = text(own.appKey);
  const appSecret = text(own.appSecret);
  if (!appKey || !appSecret) return null;
  const numbers = strings(own.privacyNumbers);
  return { appKey, appSecret, privacyNumbers: numbers.length > 0 ? numbers : accessCodes };
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

export async function systemCallSettings(repos: Repositories, vdnId: number, kind: 'bidirectionalCall' | 'voiceNotification'): Promise<SystemCallSettings> {
  const [raw, mobileTrustlist, trustlist, codes, defaultCaller, spaceId] = await Promise.all([
    tenantSetting(repos, vdnId, kind),
    tenantSetting(repos, vdnId, 'mobileAgentCallbackTrustlist'),
    tenantCallbackTrustlist(repos, vdnId),
    repos.numbers.listAccessCodesOfVdn(vdnId),
    tenantSetting(repos, vdnId, 'defaultCallerNumber'),
    tenantSetting(repos, vdnId, 'tenantSpaceId'),
  ]);
  const own = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const accessCodes = codes.map((c) => c.accessCode);
  return {
    connectionCallbackUrl: text(own.connectionCallbackUrl),
    hangupCallbackUrl: text(own.hangupCallbackUrl),
    appSecret: text(own.appSecret),
    trial: own.trial === true,
    trialTrustlist: strings(own.trialTrustlist),
    numberAnonymization: own.numberAnonymization === true,
    record: own.record !== false,
    callbackTrustlist: Array.isArray(mobileTrustlist) ? strings(mobileTrustlist) : trustlist,
    accessCodes,
    defaultCallerNumber: text(defaultCaller) ?? accessCodes[0] ?? '',
    tenantSpaceId: spaceId === undefined || spaceId === null || spaceId === '' ? String(vdnId) : String(spaceId),
    ita: kind === 'bidirectionalCall' ? itaAccount(own.ita, accessCodes) : null,
  };
}
