import type { TenantSpec } from './tenant-spec.ts';
import { demoSurveys } from './demo-surveys.ts';
import { demoKnowledge } from './demo-knowledge.ts';
import { demoChatbot } from './demo-chatbot.ts';
import { demoMall } from './demo-mall.ts';

/** The password every demo account uses (CTI, account and SIP). */
export const demoPassword = 'Demo@123';

const releasePolicy = { transferType: 'Release' as const };

/**
 * The demo tenant created on first start (README "Demo tenant"): well-known values, like a local
 * emulator's, so that scripts and tutorials can rely on them.
 */
export function demoTenant(): TenantSpec {
  const agents: TenantSpec['agents'] = [];
  for (let workNo = 101; workNo <= 110; workNo++) {
    agents.push({
      workNo,
      userAccount: `agent${workNo}`,
      userName: `Agent ${workNo}`,
      password: demoPassword,
      ctiPassword: demoPassword,
      email: `agent${workNo}@demo.opencec.local`,
      agentType: 99,
      ccRoleId: 2,
      sipAccount: `70${workNo}`,
      sipPwd: demoPassword,
      skills: [{ skillId: 1, agentWeight: 1, skillWeight: 1 }],
    });
  }
  agents.push({
    workNo: 120,
    userAccount: 'agent120',
    userName: 'Inspector 120',
    password: demoPassword,
    ctiPassword: demoPassword,
    email: 'agent120@demo.opencec.local',
    agentType: 99,
    ccRoleId: 3,
    sipAccount: '70120',
    sipPwd: demoPassword,
    skills: [],
  });
  return {
    vdnId: 1,
    name: 'demo',
    description: 'OpenCEC demo tenant',
    workNoRange: [101, 9999],
    appCredentials: [{ appKey: 'demo-ak', appSecret: 'demo-sk' }],
    oiapCredentials: [{ appKey: 'demo-ak', appSecret: 'demo-sk' }],
    adminPassword: demoPassword,
    settings: {
      defaultCallerNumber: '4001',
      callbackTrustlist: ['http://127.0.0.1', 'http://localhost', 'https://127.0.0.1', 'https://localhost'],
      // Mobile numbers the demo's agents may answer on (6.1.2.26), besides their softphones 70101–70120.
      phoneNumbers: ['13800000000-13999999999'],
      // Web chat (chapter 11, decision 1101): one WEB channel into the multimedia skill queue 2.
      chat: {
        maxChatsPerAgent: 4,
        voiceBusyAtChatLimit: false,
        sessionIdleSeconds: 1800,
        channels: [{ channelConfigId: '202102193196869708', skillId: 2, robot: true, offline: { enabled: true, tipText: 'No agent is online. Please leave a message.' }, redirectTrustList: ['https://'] }],
      },
      restReasons: [
        { restReasonId: 1, restReason: 'Lunch' },
        { restReasonId: 2, restReason: 'Training' },
        { restReasonId: 100, restReason: 'Uncomfortable' },
      ],
    },
    skills: [
      {
        skillId: 1,
        name: 'Voice',
        description: 'Voice hotline',
        mediaTypeId: 5,
        maxWaitTime: 600,
        maxWaitNum: 1000,
        maxAgentWrapupTime: 30,
        skillParam: { noAgents: releasePolicy, busy: releasePolicy, timeOut: releasePolicy, answerFunction: '2', waitVoice: { parameterType: 'Voice' } },
      },
      {
        skillId: 2,
        name: 'Chat',
        description: 'Web chat',
        mediaTypeId: 53,
        maxWaitTime: 600,
        maxWaitNum: 1000,
        maxAgentWrapupTime: 30,
        skillParam: { noAgents: releasePolicy, busy: releasePolicy, timeOut: releasePolicy },
      },
    ],
    agents,
    accessCodes: [
      { accessCode: '4001', mediaTypeId: 5, description: 'Voice hotline', numCallAttr: 3 },
      { accessCode: '4002', mediaTypeId: 5, description: 'IVR hotline', numCallAttr: 1 },
      { accessCode: '4003', mediaTypeId: 53, description: 'Web chat', numCallAttr: 1 },
    ],
    ivrFlows: [
      {
        flowId: 1,
        accessCode: '8001',
        description: 'Main menu',
        flowFileName: 'mainMenu.GSL',
        flowType: 1,
        script: {
          start: 'menu',
          nodes: {
            menu: { type: 'menu', prompt: 'Welcome to the demo center. Press 1 for an agent.', timeoutSeconds: 8, choices: { '1': 'agent' }, onTimeout: 'agent', onInvalid: 'menu', retriesMax: 2 },
            agent: { type: 'route', deviceType: 1, deviceId: 1 },
          },
        },
      },
      {
        flowId: 2,
        accessCode: '8002',
        description: 'Satisfaction survey',
        flowFileName: 'satisfaction.GSL',
        flowType: 1,
        script: {
          start: 'survey',
          nodes: {
            survey: { type: 'survey', prompt: 'Rate our service from 1 to 5.', timeoutSeconds: 10, validDigits: '12345' },
          },
        },
      },
    ],
    calledRoutes: [
      { accessCode: '4001', extCode: '', deviceType: 1, deviceId: 1 },
      { accessCode: '4002', extCode: '', deviceType: 3, deviceId: 1 },
      { accessCode: '4003', extCode: '', deviceType: 1, deviceId: 2, mediaTypeId: 53 },
    ],
    satisfaction: { enabled: true, ivrFlowId: 2 },
    surveys: demoSurveys(),
    knowledge: demoKnowledge(),
    chatbot: demoChatbot(),
    mall: demoMall(),
  };
}
