import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { captureImage, h5ConnectInfo } from '../../../engine/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { runCommand, signedInEngine } from '../agent-context.ts';
import { AgentIdParams } from '../gateway-schemas.ts';

const H5Body = Type.Object({ userType: Type.Optional(Type.String({ maxLength: 16 })), callid: Type.Optional(Type.String({ maxLength: 64 })) });

/** CEC §6.1.5.4 getconnectinfo (ref L14122–14250): room information of one of the agent's sessions. */
export const getConnectInfo = defineEndpoint({
  section: '6.1.5.4',
  name: 'getconnectinfo',
  summary: 'Obtaining H5 video connection information',
  method: 'POST',
  path: '/agentgateway/resource/mediacall/{agentid}/getconnectinfo',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  body: H5Body,
  response: Type.Object({ result: Type.Object({}, { additionalProperties: true }) }),
  errors: ['100-006', '106-011', '106-015', '100-007'],
  gaps: 'the simulated network carries no H5 video: the room information is real, the media is not (decision 1107)',
  async handler({ body, services, request }) {
    const { engine, workNo } = signedInEngine(request);
    const access = { ip: services.settings.serviceHost, port: String(services.settings.servicePort), domain: services.settings.serviceHost, signature: services.secrets.hex(16) };
    const result = await runCommand(services, engine, () => h5ConnectInfo(engine, workNo, body.callid ?? '', body.userType ?? '', access));
    return { message: 'success', result };
  },
});

/** CEC §6.1.5.5 imagecapture (ref L14251–14334): a screenshot of the customer's H5 video (AgentEvent_ImageCapture). */
export const imageCapture = defineEndpoint({
  section: '6.1.5.5',
  name: 'imagecapture',
  summary: 'Capturing a screenshot of the H5 video',
  method: 'POST',
  path: '/agentgateway/resource/mediacall/{agentid}/imagecapture',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  body: H5Body,
  response: Type.Object({}),
  errors: ['100-006', '106-011', '106-015', '100-007'],
  gaps: 'a text chat has no video: the capture is answered by AgentEvent_ImageCapture with result 1 (decision 1107)',
  async handler({ body, services, request }) {
    const { engine, workNo } = signedInEngine(request);
    await runCommand(services, engine, () => captureImage(engine, workNo, body.callid ?? '', body.userType ?? ''));
    return { message: 'success' };
  },
});
