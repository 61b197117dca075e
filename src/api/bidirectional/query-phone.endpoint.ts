import { Type } from '@sinclair/typebox';
import { listSoftphones } from '../../services/bidirectional/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { bidirectionalEnvelope, tenantOfCredential, valueOf } from './bidirectional-errors.ts';

const pageBody = Type.Object({ offset: Type.Optional(Type.String()), limit: Type.Optional(Type.String()) });

/**
 * CEC §6.2.6 queryPhone V1 (ref L17188–17307): the tenant's softphone numbers and the SIP
 * registrar. The table puts `regIPAddress` in `result` (the example prints it beside it) and types
 * `regPort` as a Number; we follow the table.
 */
export const queryPhoneV1Endpoint = defineEndpoint({
  section: '6.2.6',
  name: 'queryPhone',
  summary: 'Querying allocated softphone numbers (V1.0.0)',
  method: 'POST',
  path: '/apiaccess/CC-Management/v1/mobileAgent/queryPhone',
  auth: 'C1',
  envelope: bidirectionalEnvelope,
  body: pageBody,
  invalidParameterCode: '4',
  response: Type.Object({ result: Type.Object({ total: Type.Integer(), regIPAddress: Type.String(), regPort: Type.Integer(), phone: Type.Array(Type.Object({ phoneNum: Type.String(), password: Type.String() })) }) }),
  errors: ['4', '2'],
  async handler({ body, auth, services }) {
    const { total, phones } = valueOf(await listSoftphones(services.repos, tenantOfCredential(auth), body));
    const { sipHost, sipPort } = services.settings;
    return { retMsg: 'successfully', result: { total, regIPAddress: sipHost, regPort: sipPort, phone: phones.map((p) => ({ phoneNum: p.phoneNum, password: p.password })) } };
  },
});

/**
 * CEC §6.2.7 queryPhone V2 (ref L17310–17440): the same list with each number's id, status,
 * remark, tenant and partition, and the registrars of single mode (the simulated network has one
 * node; pool mode lists none).
 */
export const queryPhoneV2Endpoint = defineEndpoint({
  section: '6.2.7',
  name: 'queryPhone',
  summary: 'Querying allocated softphone numbers (V2.0.0)',
  method: 'POST',
  path: '/apiaccess/CC-Management/v2/mobileAgent/queryPhone',
  auth: 'C1',
  envelope: bidirectionalEnvelope,
  body: pageBody,
  invalidParameterCode: '4',
  response: Type.Object({ result: Type.Record(Type.String(), Type.Unknown()) }),
  errors: ['4', '2'],
  async handler({ body, auth, services }) {
    const { total, phones, tenantSpaceId } = valueOf(await listSoftphones(services.repos, tenantOfCredential(auth), body));
    const { sipHost, sipPort } = services.settings;
    const registrar = { regIPAddress: sipHost, regPort: String(sipPort), sipServicePort: String(sipPort), sipServiceIp: sipHost };
    return {
      retMsg: 'successfully',
      result: {
        total,
        singleRegServ: [registrar],
        poolRegServ: { node1: [], node2: [] },
        // Each number is registered on the simulated registrar (status 0); its id is the agent's work number (decision 0427).
        phone: phones.map((p) => ({ phoneNum: p.phoneNum, password: p.password, id: p.workNo, status: 0, remark: p.userName, tenantId: tenantSpaceId, partDbId: '1' })),
      },
    };
  },
});
