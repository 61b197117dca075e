import type { FastifyRequest } from 'fastify';
import type { Clock } from '../../domain/time/index.ts';
import { safeEqual, type TokenService } from '../../auth/index.ts';
import { parseAuthorization, parseSignatureTimestamp, signature, type SignableRequest } from '../../auth/signature-v2.ts';
import type { CredentialRepository } from '../../store/index.ts';
import { CecError, httpStatusText } from '../cec-error.ts';
import { cmsResultCodes, cmsResultTexts } from '../../domain/monitoring/index.ts';
import type { AuthContext, AuthGuard, AuthMode, EndpointDefinition } from '../endpoint.ts';
import { header } from './header.ts';
import type { AddressLock } from './address-lockout.ts';

export interface CredentialGuardDeps {
  tokens: TokenService;
  credentials: CredentialRepository;
  clock: Clock;
  /** How far a C2 signature timestamp may be from our clock, either way (the reference sets none). */
  signatureSkewMs: number;
  /** The system-wide AK/SK of the CC-CMS interfaces; it belongs to no tenant. */
  globalKey?: { accessKey: string; secretKey: string };
  /** CC-FS locks an address after repeated failed signatures (§13.2.3.2, decision 1314). */
  ccfsLockout?: AddressLock;
}

/** Which kinds of AK/SK a C2 mode accepts; the other kind is refused with CMS 0101003. */
type KeyKinds = { tenant: boolean; global: boolean };

type AnyEndpoint = EndpointDefinition<any, any, any, any>;

const unauthorized = (endpoint: AnyEndpoint, message: string = httpStatusText[401]) => endpoint.envelope.generic('unauthorized', message);

/** The guards of the credential-based modes: C1, C2, C3, C5, and the unauthenticated ones. */
export function createCredentialGuards(deps: CredentialGuardDeps): Partial<Record<AuthMode, AuthGuard>> {
  const bearer: AuthGuard = async (request, endpoint) => {
    // CEC §4.2 (ref L1109): `Authorization: Bearer <AccessToken>`; `x-app-key`, when sent, names the same app.
    const match = /^bearer\s*(\S+)\s*$/i.exec(header(request, 'authorization') ?? '');
    const grant = match ? await deps.tokens.verify('C1', match[1]!) : undefined;
    if (!grant) throw unauthorized(endpoint);
    const appKey = header(request, 'x-app-key');
    if (appKey !== undefined && appKey !== '' && appKey !== grant.appKey) throw unauthorized(endpoint);
    return { mode: 'C1', vdnId: grant.vdnId, subject: grant.appKey };
  };

  const bearerOrCredentials: AuthGuard = async (request, endpoint, reply) => {
    // CEC §5.1.12 (ref L3867, L3935): Authorization is optional there; the body may carry
    // `username`/`password` instead. We read them as the tenant's app key and secret.
    if (header(request, 'authorization')) return bearer(request, endpoint, reply);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const username = typeof body.username === 'string' ? body.username : '';
    const password = typeof body.password === 'string' ? body.password : '';
    const credential = username ? await deps.credentials.findAppCredential('aksk', username) : undefined;
    if (!credential || !safeEqual(credential.appSecret, password)) throw unauthorized(endpoint);
    return { mode: 'C1-or-credentials', vdnId: credential.vdnId, subject: credential.appKey };
  };

  const signed = (mode: AuthMode, kinds: KeyKinds): AuthGuard => async (request, endpoint) => {
    const lockout = endpoint.envelope.name === 'ccfs' ? deps.ccfsLockout : undefined;
    if (!lockout) return verifySignature(request, endpoint, deps, mode, kinds);
    if (await lockout.locked(request.ip)) throw new CecError('403', httpStatusText[403], { httpStatus: 403 });
    try {
      return await verifySignature(request, endpoint, deps, mode, kinds);
    } catch (error) {
      if (error instanceof CecError && error.httpStatus === 401) await lockout.failed(request.ip);
      throw error;
    }
  };

  const oiap: AuthGuard = async (request, endpoint) => {
    // CEC §4.4 (ref L2563–2579): a tenant sends `authToken` in the body; systems send the
    // `authToken` and `appkey` headers.
    // Chapter 10 adds `inparams.auth_token` (dialog, ref L32928) and the `userName` + `token`
    // header pair (ref L36839, L38789; note 05 §8.5 item 11).
    const body = (request.body ?? {}) as Record<string, unknown>;
    const inparams = (typeof body.inparams === 'object' && body.inparams !== null ? body.inparams : {}) as Record<string, unknown>;
    const bodyToken = [body.authToken, inparams.auth_token].find((t): t is string => typeof t === 'string' && t !== '');
    const token = header(request, 'authtoken') ?? header(request, 'token') ?? bodyToken ?? '';
    const grant = await deps.tokens.verify('C3', token);
    if (!grant) throw unauthorized(endpoint, 'authToken is invalid or expired');
    const appKey = header(request, 'appkey') ?? header(request, 'username');
    if (appKey !== undefined && appKey !== grant.appKey) throw unauthorized(endpoint, 'appkey does not match authToken');
    return { mode: 'C3', vdnId: grant.vdnId, subject: grant.appKey };
  };

  const configGuid: AuthGuard = async (request, endpoint) => {
    // CEC §4.6 (ref L2645): later configuration calls carry the login GUID in the `Guid` header.
    const grant = await deps.tokens.verify('C5', header(request, 'guid') ?? '');
    if (!grant) throw unauthorized(endpoint, 'no right to invoke the interface, authentication may have expired');
    return { mode: 'C5', vdnId: grant.vdnId, subject: grant.appKey };
  };

  const open = (mode: AuthMode): AuthGuard => async () => ({ mode, vdnId: null, subject: 'anonymous' }) satisfies AuthContext;

  return { none: open('none'), sim: open('sim'), C1: bearer, 'C1-or-credentials': bearerOrCredentials, C3: oiap,
    // Other families' C2 interfaces know only tenant keys: the global key is unknown to them (401).
    C2: signed('C2', { tenant: true, global: false }),
    'C2-any': signed('C2-any', { tenant: true, global: true }),
    'C2-global': signed('C2-global', { tenant: false, global: true }),
    'C2-private': signed('C2-private', { tenant: true, global: false }), C5: configGuid };
}

async function verifySignature(request: FastifyRequest, endpoint: AnyEndpoint, deps: CredentialGuardDeps, mode: AuthMode, kinds: KeyKinds): Promise<AuthContext> {
  const parsed = parseAuthorization(header(request, 'authorization'));
  if (!parsed || !parsed.signedHeaders.includes('host')) throw unauthorized(endpoint);
  const isGlobal = deps.globalKey !== undefined && mode !== 'C2' && safeEqual(deps.globalKey.accessKey, parsed.accessKey);
  const credential = isGlobal
    ? { appSecret: deps.globalKey!.secretKey, vdnId: null, appKey: parsed.accessKey }
    : await deps.credentials.findAppCredential('aksk', parsed.accessKey);
  const signedAtMs = parseSignatureTimestamp(parsed.timestamp);
  if (!credential || signedAtMs === undefined) throw unauthorized(endpoint);
  if (Math.abs(deps.clock.now() - signedAtMs) > deps.signatureSkewMs) throw unauthorized(endpoint);
  const signable = signableRequest(request);
  const input = { accessKey: parsed.accessKey, secretKey: credential.appSecret, timestamp: parsed.timestamp, signedHeaders: parsed.signedHeaders };
  // The prose formula keeps an empty query line that the code and example omit; accept both.
  const valid = [false, true].some((literalQueryLine) => safeEqual(signature(signable, input, literalQueryLine), parsed.signature));
  if (!valid) throw unauthorized(endpoint);
  // A genuine key of the wrong kind is a permission problem, not an authentication one (note 08 §6.1).
  if (isGlobal ? !kinds.global : !kinds.tenant) throw new CecError(cmsResultCodes.insufficientPermission, cmsResultTexts[cmsResultCodes.insufficientPermission]);
  return { mode, vdnId: credential.vdnId, subject: credential.appKey };
}

function signableRequest(request: FastifyRequest): SignableRequest {
  const original = request.originalUrl ?? request.url;
  const queryStart = original.indexOf('?');
  const path = queryStart < 0 ? original : original.slice(0, queryStart);
  const queryText = queryStart < 0 ? '' : original.slice(queryStart + 1);
  const query = queryText
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const eq = part.indexOf('=');
      const [k, v] = eq < 0 ? [part, ''] : [part.slice(0, eq), part.slice(eq + 1)];
      return [safeDecode(k), safeDecode(v)] as const;
    });
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name] = Array.isArray(value) ? value.join(',') : value;
  return { method: request.method, path: safeDecode(path), query, headers, body: request.rawBody ?? '' };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
