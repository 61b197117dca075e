import type { TenantSpec } from './tenant-spec.ts';

/**
 * The demo tenant's bank bot (issue 13 item 2) behind access code 4002: a greeting, an FAQ branch
 * (opening hours, lost cards, fees), a slot-filling branch (a callback number with confirmation)
 * and a transfer to skill 1 that carries the bot's context in the call data.
 */
export function demoChatbot(): NonNullable<TenantSpec['chatbot']> {
  const flowCode = 'flow_ivr_demo_bank';
  return {
    corpus: {
      domains: [
        { domainId: 10001, domainName: 'Banking', language: 'en_US' },
        { domainId: 10002, domainName: '银行', language: 'zh_CN' },
      ],
      intents: [
        { intentId: 1, domainId: 10001, language: 'en_US', intentCmd: 'agent', intentName: 'Transfer to agent', intentDesc: 'The caller asks for a person', utterances: ['I want to talk to an agent', 'agent please', 'human please', 'connect me to a person', 'speak to customer service', 'operator'], responses: ['Connecting you to an agent.'] },
        { intentId: 2, domainId: 10001, language: 'en_US', intentCmd: 'callback', intentName: 'Request a callback', intentDesc: 'The caller wants to be called back', utterances: ['call me back', 'I would like a callback', 'can someone call me later', 'request a call back'], responses: ['We can call you back.'] },
        { intentId: 3, domainId: 10001, language: 'en_US', intentCmd: 'goodbye', intentName: 'Goodbye', intentDesc: 'The caller is done', utterances: ['no thanks', 'that is all', 'goodbye', 'bye', 'nothing else'], responses: ['Goodbye.'] },
        { intentId: 11, domainId: 10002, language: 'zh_CN', intentCmd: 'agent', intentName: '转人工', intentDesc: '客户要求人工服务', utterances: ['转人工', '我要找客服', '人工服务', '帮我接人工'], responses: ['正在为您转接人工客服。'] },
      ],
      faqGroups: [
        {
          name: 'Banking FAQ',
          language: 'en_US',
          faqs: [
            { question: 'What are your opening hours?', answer: 'Our branches are open from 9 am to 5 pm, Monday to Friday.', simQuestions: ['when are you open', 'what time do branches open', 'are you open on saturday'], keywords: ['opening hours'] },
            { question: 'How do I report a lost card?', answer: 'You can freeze a lost card at once in the mobile app, or ask an agent to block it.', simQuestions: ['I lost my card', 'my credit card was stolen', 'block my card'], keywords: ['lost card'] },
            { question: 'How much does a transfer cost?', answer: 'Domestic transfers are free; international transfers cost 5 dollars.', simQuestions: ['what is the fee for a transfer', 'transfer fees'], keywords: ['transfer fee'] },
          ],
        },
        {
          name: '银行常见问题',
          language: 'zh_CN',
          faqs: [
            { question: '营业时间是几点？', answer: '营业网点周一至周五上午9点到下午5点营业。', simQuestions: ['你们几点开门', '周末营业吗'] },
            { question: '银行卡丢了怎么办？', answer: '请在手机银行立即冻结银行卡，或联系人工客服挂失。', simQuestions: ['我的卡丢了', '怎么挂失银行卡'] },
          ],
        },
      ],
    },
    flows: [
      {
        flowCode,
        flowName: 'Demo bank bot',
        definition: {
          start: 'welcome',
          language: '1',
          nodes: [
            { id: 'welcome', type: 'prompt', text: 'Welcome to OpenCEC Bank. Ask me a question, or say agent.', collect: 'both', next: 'understand', onRetryExceeded: 'to_agent' },
            { id: 'understand', type: 'nlu', domains: [10001], intents: { agent: 'to_agent', callback: 'callback_number', goodbye: 'bye' }, faq: 'faq_answer', unknown: 'not_understood', maxUnknown: 1, onUnknownExceeded: 'to_agent' },
            { id: 'faq_answer', type: 'prompt', text: '${faqAnswer} Anything else?', collect: 'both', next: 'understand', onRetryExceeded: 'bye' },
            { id: 'not_understood', type: 'prompt', text: 'Sorry, I did not get that. Please say it another way.', collect: 'both', next: 'understand' },
            { id: 'callback_number', type: 'slot', variable: 'callbackNumber', entity: 'phone', text: 'Which number should we call you back on?', retryText: 'Please say or key in a phone number.', maxRetries: 2, next: 'callback_confirm', onFail: 'to_agent' },
            { id: 'callback_confirm', type: 'slot', variable: 'confirmed', entity: 'yesno', text: 'We will call you back on ${callbackNumber}. Is that right?', retryText: 'Please say yes or no.', maxRetries: 1, next: 'callback_check', onFail: 'to_agent' },
            { id: 'callback_check', type: 'condition', rules: [{ var: 'confirmed', op: 'eq', value: 'yes', next: 'callback_done' }], else: 'callback_number' },
            { id: 'callback_done', type: 'prompt', text: 'Thank you. An agent will call ${callbackNumber} within one working day. Goodbye.', collect: 'none', next: 'bye' },
            { id: 'to_agent', type: 'transfer', transType: 1, routeValue: '1', transData: 'oiap=${call_id};intent=${intent};faq=${faqId};said=${lastInput}', onFailure: 'agents_busy' },
            { id: 'agents_busy', type: 'prompt', text: 'All our agents are busy. Please call again later. Goodbye.', collect: 'none', next: 'bye' },
            { id: 'bye', type: 'end' },
          ],
        },
      },
    ],
    bindings: [{ accessCode: '4002', dialogType: 1, flowCode, description: 'Demo bank bot (voice)' }, { accessCode: 'chat-bank', dialogType: 3, flowCode, description: 'Demo bank bot (web chat)' }],
  };
}
