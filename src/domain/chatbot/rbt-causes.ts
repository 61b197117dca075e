/**
 * The failure causes of §10.16 Table 10-99 (ref L37608–37633) and the local classifier that reads
 * a ring-back announcement's transcript into one of them. Phrases are matched on lower-cased text,
 * most specific first: "busy … call waiting" must win over plain "busy" (decision 1016).
 */
export const rbtResultCodes = {
  badFileName: -1,
  downloadFailed: -2,
  asrRequestFailed: -3,
  asrFetchFailed: -4,
  intentFailed: -5,
} as const;

/** Phrase patterns per code 101–114, English and Chinese; the first matching rule decides. */
const rules: readonly { code: number; patterns: readonly RegExp[] }[] = [
  { code: 104, patterns: [/(calling|your) (number|phone|line).*(suspended|arrears|overdue)/, /(主叫|您的).*(欠费|停机)/] },
  { code: 106, patterns: [/busy.*(call waiting|please hold|hold on)/, /(通话中|忙).*(请不要挂机|稍候|等待)/] },
  { code: 107, patterns: [/busy.*(call (again|back) later|try again later)/, /(通话中|忙).*(稍后再拨|稍后重拨)/] },
  { code: 114, patterns: [/(cannot be (reached|connected)|unreachable).*(notif|sms|text message|message)/, /(无法接通|不在服务区).*(短信|来电提醒|通知)/] },
  { code: 101, patterns: [/(does not|doesn't) exist|not in service|is (invalid|not valid)|check the number/, /空号|不存在/] },
  { code: 102, patterns: [/powered off|switched off|turned off/, /关机/] },
  { code: 105, patterns: [/(called|dialled|dialed).*(number|subscriber).*suspended|has been suspended|number is suspended/, /已停机|停机/] },
  { code: 109, patterns: [/call (forwarding|transfer|divert)|being (forwarded|transferred|diverted)/, /呼叫转移|转接/] },
  { code: 110, patterns: [/international.*(barred|restricted|not allowed)/, /国际.*(限制|禁止|未开通)|(限制|禁止|未开通)国际/] },
  { code: 112, patterns: [/(incoming|inbound) call(s)? (barr|restrict|block)|barred incoming/, /呼入限制|限制呼入/] },
  { code: 113, patterns: [/(network|line|carrier).*(fault|failure|congest|busy now)|all (lines|circuits) are busy/, /线路(故障|忙)|网络(故障|忙)/] },
  { code: 108, patterns: [/cannot be (reached|connected)|unreachable|out of (service area|range)|not available/, /无法接通|不在服务区|暂时无法/] },
  { code: 111, patterns: [/no answer|not answer|not being answered|no one (is )?answer/, /无人接听|暂时无人|未接听/] },
  { code: 103, patterns: [/\bbusy\b/, /通话中|忙/] },
];

/**
 * The Table 10-99 code of an announcement transcript: 101–114 when a phrase matches, −4 (ASR gave
 * nothing) for missing or blank text, −5 (no intention recognised) for text that matches nothing.
 */
export function classifyRbtAnnouncement(text: string | null | undefined): number {
  const normalized = (text ?? '').trim().toLowerCase();
  if (normalized === '') return rbtResultCodes.asrFetchFailed;
  for (const rule of rules) if (rule.patterns.some((p) => p.test(normalized))) return rule.code;
  return rbtResultCodes.intentFailed;
}
