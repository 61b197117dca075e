import type { TenantSpec } from '../../tenancy/index.ts';
import { type TestApp, addTenant as addTenantTo } from '../../../test/support/test-app.ts';

const release = { transferType: 'Release' as const };

/**
 * A second tenant, "video", shaped after the reference's examples: skill 1 is
 * `defaultVideoSkill` (media 19) exactly as §5.2.4's example returns it, access code 9911411
 * (media 5) is the one of §5.3.1–5.3.5, IVR flow 1 and a multimedia access code 9911500.
 */
export function videoTenant(): TenantSpec {
  return {
    vdnId: 2,
    name: 'video',
    workNoRange: [20001, 20100],
    appCredentials: [{ appKey: 'video-ak', appSecret: 'video-sk' }],
    adminPassword: 'Video@123',
    // The test client signs agents in on 70<workNo> (test/support/gateway-client.ts).
    settings: { phoneNumbers: ['7020001-7020100'] },
    skills: [
      {
        skillId: 1,
        name: 'defaultVideoSkill',
        description: '2021ok',
        mediaTypeId: 19,
        maxWaitTime: 60,
        maxWaitNum: 100,
        maxAgentWrapupTime: 5,
        skillParam: { noAgents: release, busy: release, answerFunction: '0', timeOut: release, waitVoice: { parameterType: 'Voice' } },
      },
    ],
    agents: [
      {
        workNo: 20001,
        userAccount: 'video20001',
        userName: 'Video agent',
        password: 'Video@123',
        sipAccount: '8820001',
        skills: [{ skillId: 1 }],
      },
    ],
    accessCodes: [
      { accessCode: '9911411', mediaTypeId: 5, description: 'Main access code', numCallAttr: 3 },
      { accessCode: '9911500', mediaTypeId: 53, description: 'Video web chat', numCallAttr: 1 },
    ],
    ivrFlows: [{ flowId: 1, accessCode: '8101', description: 'Video menu', flowFileName: 'videoMenu.GSL' }],
    calledRoutes: [],
  };
}

/** Provisions `spec` (by default the tenant above) in the running test server; a C1 caller for it. */
export function addTenant(app: TestApp, spec: TenantSpec = videoTenant()) {
  return addTenantTo(app, spec);
}
