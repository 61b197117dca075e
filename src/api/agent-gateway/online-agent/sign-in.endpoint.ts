import { Type, type Static } from '@sinclair/typebox';
import { CecError } from '../../../http/cec-error.ts';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { signIn } from '../../../engine/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import type { ApiServices } from '../../services.ts';
import { agentContext, runCommand } from '../agent-context.ts';
import { AgentIdParams } from '../gateway-schemas.ts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { announceGuid } from '../guid-headers.ts';

/** Table 6-3 (ref L6780): the sign-in body, with the field spellings of the three variants. */
const SignInBody = Type.Object({
  password: Type.String({ maxLength: 32 }),
  phonenum: Type.Optional(Type.String({ maxLength: 24, pattern: '^[0-9]*$' })),
  autoanswer: Type.Optional(Type.Boolean()),
  autoenteridle: Type.Optional(Type.Boolean()),
  releasephone: Type.Optional(Type.Boolean()),
  agenttype: Type.Optional(Type.Integer()),
  status: Type.Optional(Type.Integer()),
  ip: Type.Optional(Type.String({ maxLength: 15 })),
  entryip: Type.Optional(Type.String({ maxLength: 64 })),
  phonelinkage: Type.Optional(Type.Boolean()),
  checkInWebm: Type.Optional(Type.Boolean()),
  checkInMailm: Type.Optional(Type.Boolean()),
  vcPhoneNumber: Type.Optional(Type.String({ maxLength: 24 })),
  listenStatus: Type.Optional(Type.Boolean()),
  callbackUri: Type.Optional(Type.String({ maxLength: 200 })),
  serviceToken: Type.Optional(Type.String({ maxLength: 50, pattern: '^[A-Za-z0-9_.-]*$' })),
  serviceworkid: Type.Optional(Type.String({ maxLength: 30 })),
  /** Pre-2.5 push mode (docs/extensions.md): events POSTed one by one to this URL. */
  pushUrl: Type.Optional(Type.String({ maxLength: 200 })),
});
type SignInBody = Static<typeof SignInBody>;

const SignInResult = Type.Object({
  result: Type.Object({
    vdnid: Type.Integer(),
    workno: Type.String(),
    mediatype: Type.String({ description: 'T/F for CTI server, WebM, MailM, e.g. "TTF"' }),
    loginTime: Type.String({ description: 'epoch milliseconds' }),
    isForceChange: Type.String(),
    serverName: Type.String(),
    timeRemaining: Type.String({ description: 'days of password validity left; "" = never expires' }),
  }),
});

const ipv4 = /^((25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(25[0-5]|2[0-4]\d|1?\d?\d)$/;

type Mode = 'login' | 'forcelogin' | 'loginex';

/**
 * Signs an agent in (6.1.1.1 login, 6.1.1.2 forcelogin, 6.1.1.23 loginex). The GUID comes back in
 * the `Guid` and `Set-GUID: JSESSIONID=<guid>` headers (Table 6-4). The events (InService, Ready...)
 * wait in the agent's queue for the first poll, or are pushed when callbackUri and serviceToken
 * are given.
 */
async function handleSignIn(mode: Mode, body: SignInBody, services: ApiServices, request: FastifyRequest, reply: FastifyReply) {
  const { engine, workNo } = agentContext(request);
  if (!engine) throw new CecError('100-004', 'The user name or password is incorrect.');
  const agentType = body.agenttype ?? 4;
  if (agentType !== 4 && agentType !== 11) throw new CecError('100-012', 'The agent type is incorrect during sign-in.');
  const status = body.status ?? 4;
  if (status !== 3 && status !== 4 && status !== 5) throw new CecError('100-001', 'The sign-in parameter status must be 3, 4 or 5.');
  if (body.ip !== undefined && body.ip !== '' && !ipv4.test(body.ip)) throw new CecError('100-016', 'The IP address is invalid.');
  const phonenum = body.phonenum ?? '';
  if (mode !== 'loginex' && phonenum === '') throw new CecError('100-001', 'The sign-in parameter phonenum is empty.');
  const push = Boolean(body.callbackUri && body.serviceToken);
  const pushUrl = legacyPushUrl(body, push);
  const agent = await runCommand(services, engine, () =>
    signIn(engine, {
      workNo,
      password: body.password,
      mode,
      status,
      options: {
        phonenum,
        autoAnswer: body.autoanswer ?? true,
        autoEnterIdle: body.autoenteridle ?? true,
        // CEC §6.1.1.2 (ref L6972): forcelogin's releasephone defaults to false, the others' to true.
        releasePhone: body.releasephone ?? mode !== 'forcelogin',
        agentType,
        ip: body.ip || '127.0.0.1',
        checkInWebm: mode !== 'loginex' && (body.checkInWebm ?? true),
        eventMode: push || pushUrl ? 'push' : 'poll',
        callbackUri: push ? body.callbackUri! : pushUrl,
        serviceToken: push ? body.serviceToken! : null,
        legacyPush: pushUrl !== null,
        listenStatus: body.listenStatus ?? false,
        ctiOnly: mode === 'loginex',
      },
    }),
  );
  announceGuid(reply, agent.guid);
  return {
    message: '',
    result: {
      vdnid: engine.vdnId,
      workno: String(workNo),
      mediatype: `T${agent.options.checkInWebm ? 'T' : 'F'}F`,
      loginTime: String(agent.loginTimeMs),
      isForceChange: String(agent.config.isForceChange),
      serverName: services.cti.settings.serverName,
      timeRemaining: '',
    },
  };
}

/**
 * The pre-2.5 `pushUrl` (docs/extensions.md). A client that asks for pushed events and would get
 * none must hear so at sign-in, not wait for events that never come: a URL that is not http(s)
 * or that comes with a §6.1.4.2 callbackUri is refused with 100-001.
 */
function legacyPushUrl(body: SignInBody, push: boolean): string | null {
  if (body.pushUrl === undefined || body.pushUrl === '') return null;
  if (push) throw new CecError('100-001', 'Give either callbackUri and serviceToken or pushUrl, not both.');
  let url: URL;
  try {
    url = new URL(body.pushUrl);
  } catch {
    throw new CecError('100-001', 'The pushUrl is not a valid URL; events cannot be pushed to it.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new CecError('100-001', 'The pushUrl must be an http or https URL.');
  return url.href;
}

const signInErrors = ['100-001', '100-002', '100-003', '100-004', '100-007', '100-012', '100-013', '100-014', '100-015', '100-016', '110-016', '999-001', '999-003'];

function signInEndpoint(section: string, name: string, summary: string, mode: Mode, path: string) {
  return defineEndpoint({
    section,
    name,
    summary,
    method: 'PUT',
    path,
    auth: 'C4-sign-in',
    envelope: gatewayEnvelope,
    params: AgentIdParams,
    body: SignInBody,
    response: SignInResult,
    errors: mode === 'forcelogin' ? signInErrors.filter((c) => c !== '100-002') : signInErrors,
    invalidParameterCode: '100-001',
    keyAliases: { entryip: ['entryIp', 'entrylp'], phonelinkage: ['phoneLinkage'] },
    handler: ({ body, services, request, reply }) => handleSignIn(mode, body, services, request, reply),
  });
}

export const login = signInEndpoint('6.1.1.1', 'login', 'Signing in an agent', 'login', '/agentgateway/resource/onlineagent/{agentid}');
export const forceLogin = signInEndpoint('6.1.1.2', 'forceLogin', 'Forcibly signing in an agent (takes an existing session over)', 'forcelogin', '/agentgateway/resource/onlineagent/{agentid}/forcelogin');
export const loginEx = signInEndpoint('6.1.1.23', 'loginEx', 'Signing in to the CTI only (voice)', 'loginex', '/agentgateway/resource/onlineagent/{agentid}/loginex');
