import type { KnowledgeSpec } from './knowledge-spec.ts';

/** A small one-pixel PNG, the demo's built-in image attachment. */
const pixelPng = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/**
 * The demo tenant's knowledge base (ch. 9): a handful of banking and telecom entries in English
 * and Chinese, with an attachment, related entries and a Q&A, and the SIA credential of 9.1.1
 * (`jwt` "demo-sia-jwt", `domain` "ccfsAppService").
 */
export function demoKnowledge(): KnowledgeSpec {
  return {
    sia: [{ domain: 'ccfsAppService', jwt: 'demo-sia-jwt' }],
    tree: [
      {
        id: 'kbBanking',
        name: 'Banking',
        kind: 'category',
        children: [
          {
            id: 'kbCards',
            name: 'Cards',
            kind: 'category',
            children: [
              {
                id: 'kbLostCard',
                name: 'Report a lost or stolen credit card',
                kind: 'common',
                keyword: 'lost card, stolen card, freeze',
                summary: 'Freeze the card at once, then order a replacement.',
                content: '<p>Call the hotline or use the mobile app to <b>freeze</b> a lost or stolen credit card at once.</p><p>A replacement card arrives within 5 working days; the fee is waived once a year.</p>',
                serviceStatus: 2,
                related: ['kbCardLimit', 'kbGuashi'],
                attachments: [{ name: 'card-freeze-steps.png', contentBase64: pixelPng, builtIn: true }],
              },
              {
                id: 'kbCardLimit',
                name: 'Raise a temporary credit limit',
                kind: 'qa',
                keyword: 'credit limit, increase',
                summary: 'Temporary limits last 30 days.',
                content: '<p>Q: How do I raise my credit limit for a trip?</p><p>A: Request a temporary increase in the app; it lasts 30 days and needs no new documents.</p>',
              },
              {
                id: 'kbGuashi',
                name: '信用卡挂失',
                kind: 'common',
                keyword: '挂失, 补卡',
                summary: '信用卡丢失后请立即挂失并申请补卡。',
                content: '<p>信用卡丢失或被盗后，请立即拨打客服热线或在手机银行中办理挂失。</p><p>新卡将在5个工作日内寄出。</p>',
              },
            ],
          },
          {
            id: 'kbTransfers',
            name: 'International transfer fees',
            kind: 'common',
            keyword: 'wire transfer, SWIFT, fee',
            summary: 'Fees and cut-off times of international wire transfers.',
            content: '<p>An international (SWIFT) wire transfer costs 15 USD plus the correspondent bank fee. Transfers requested before 16:00 leave the same day.</p>',
            attachments: [{ name: 'transfer-fees.txt', contentBase64: Buffer.from('SWIFT transfer: 15 USD\nSEPA transfer: free\n').toString('base64') }],
          },
        ],
      },
      {
        id: 'kbTelecom',
        name: 'Telecom',
        kind: 'category',
        children: [
          {
            id: 'kbRoaming',
            name: 'Activate international roaming',
            kind: 'common',
            keyword: 'roaming, abroad, travel',
            summary: 'Roaming is activated in the app or by SMS.',
            content: '<p>Send <code>ROAM ON</code> to 10086 or switch roaming on in the app. Data roaming packages start at 5 USD per day.</p>',
          },
          {
            id: 'kbRecharge',
            name: '话费充值',
            kind: 'qa',
            keyword: '充值, 微信, 话费',
            summary: '可以通过微信或支付宝充值话费。',
            content: '<p>问：为什么不能通过微信充值部分话费？</p><p>答：微信充值需要整数金额，最低10元。</p>',
          },
          { id: 'kbBroadband', name: 'Broadband installation', kind: 'common', keyword: 'broadband, fibre, installation', summary: 'A technician installs fibre within 3 days.', content: '<p>After the order a technician calls you to book an installation slot within 3 days.</p>' },
        ],
      },
    ],
  };
}
