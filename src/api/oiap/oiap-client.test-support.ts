import { provisionTenant } from '../../tenancy/index.ts';
import type { TestApp } from '../../../test/support/test-app.ts';

/** A C3 caller: gets a token for `appKey` and sends it as body `authToken` on every call. */
export async function oiapClient(app: TestApp, appKey = 'demo-ak', appSecret = 'demo-sk') {
  const res = await app.request({ method: 'POST', url: '/oifde/rest/api/gettoken', body: { appKey, appSecret } });
  if (res.body?.errorCode !== 0) throw new Error(`gettoken failed: ${res.text}`);
  const token = res.body.authToken as string;
  const call = (url: string, body: Record<string, unknown> = {}) => app.request({ method: 'POST', url, body: { tenantId: appKey, ...body, authToken: token } });
  return Object.assign(call, { token, tenantId: appKey });
}

/** A second tenant with OIAP credentials, to prove isolation. */
export async function otherOiapTenant(app: TestApp) {
  await provisionTenant(app.services, {
    vdnId: 7,
    name: 'other',
    workNoRange: [40001, 40100],
    appCredentials: [{ appKey: 'other-ak', appSecret: 'other-sk' }],
    oiapCredentials: [{ appKey: 'other-ak', appSecret: 'other-sk' }],
    adminPassword: 'Other@123',
    skills: [],
    agents: [],
    accessCodes: [],
    calledRoutes: [],
  });
  return oiapClient(app, 'other-ak', 'other-sk');
}

/** A small flow program: greet, answer FAQs or intents, collect a number, transfer. */
export const testFlowDefinition = {
  start: 'welcome',
  language: '1',
  nodes: [
    { id: 'welcome', type: 'prompt', text: 'Welcome ${call_sor_id}. How can I help?', collect: 'both', next: 'understand', onRetryExceeded: 'agent' },
    { id: 'understand', type: 'nlu', intents: { agent: 'agent', balance: 'ask_account' }, faq: 'faq_answer', unknown: 'sorry', onUnknownExceeded: 'agent', maxUnknown: 1 },
    { id: 'faq_answer', type: 'prompt', text: '${faqAnswer} Anything else?', collect: 'speech', next: 'understand' },
    { id: 'sorry', type: 'prompt', text: 'Sorry, I did not understand. Please say it again.', collect: 'speech', next: 'understand' },
    { id: 'ask_account', type: 'slot', variable: 'account', entity: 'digits', minLength: 6, maxLength: 6, text: 'Please enter your 6-digit account number.', retryText: 'That was not 6 digits. Try again.', maxRetries: 1, next: 'check', onFail: 'agent' },
    { id: 'check', type: 'condition', rules: [{ var: 'account', op: 'eq', value: '000000', next: 'blocked' }], else: 'balance' },
    { id: 'balance', type: 'prompt', text: 'Account ${account} has a balance of 100.', collect: 'none', next: 'bye' },
    { id: 'blocked', type: 'prompt', text: 'This account is blocked.', collect: 'none', next: 'agent' },
    { id: 'agent', type: 'transfer', transType: 1, routeValue: '1', transData: 'bot:${intent}', onFailure: 'busy' },
    { id: 'busy', type: 'prompt', text: 'All agents are busy. Goodbye.', collect: 'none', next: 'bye' },
    { id: 'bye', type: 'end' },
  ],
};

/** The NLU corpus the test flow relies on. */
export const testCorpus = {
  domains: [{ domainId: 10001, domainName: 'Banking', language: 'en_US' }, { domainId: 10002, domainName: 'Hidden', language: 'en_US', active: false }],
  intents: [
    { intentId: 1, domainId: 10001, language: 'en_US', intentCmd: 'agent', intentName: 'Transfer to agent', utterances: ['I want to talk to an agent', 'human please', 'connect me to a person', 'speak to customer service'], responses: ['Transferring you now.'] },
    { intentId: 2, domainId: 10001, language: 'en_US', intentCmd: 'balance', intentName: 'Check balance', utterances: ['what is my balance', 'check my account balance', 'how much money do I have'], responses: ['Let me check your balance.'] },
    { intentId: 3, domainId: 10001, language: 'en_US', intentCmd: 'unknown', intentName: 'Unknown', utterances: ['unknown'], isDefault: true },
  ],
  faqGroups: [
    {
      name: 'Cards',
      language: 'en_US',
      faqs: [
        { question: 'How do I report a lost card?', answer: 'Call us or freeze the card in the app.', simQuestions: ['I lost my credit card', 'my card was stolen'], keywords: ['lost'] },
        { question: 'What are your opening hours?', answer: 'Branches open 9 to 5 on weekdays.', simQuestions: ['when are you open'] },
      ],
    },
  ],
};
