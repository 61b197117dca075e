/**
 * The CC-iSales result codes (note 04 §6.1, §6.2). Their meanings are per interface (the reference
 * reuses codes), so the names here say the condition and the endpoints list which they return.
 */
export const isalesCodes = {
  success: '0200000',
  parameterError: '0200001',
  startBeforeToday: '0200002',
  skillCampaignLimit: '0200003',
  ivrCampaignLimit: '0200004',
  nameNotUnique: '0200005',
  databaseError: '0200006',
  campaignNotFound: '0200007',
  bothTimesRequired: '0200008',
  campaignRunning: '0200009',
  startNotBeforeEnd: '0200010',
  stateForbids: '0200011',
  holidayNameExists: '0200013',
  holidayNotFound: '0200014',
  holidayLimit: '0200015',
  campaignExpired: '0200016',
  skillNotFound: '0200017',
  duplicateNumbers: '0200018',
  numberStateForbidsAdd: '0200019',
  tooManyNumbersInCampaign: '0200020',
  invokedTooSoon: '0200022',
  numberBlacklisted: '0200024',
  numberStateForbidsDelete: '0200028',
  tooManyNumbersInRequest: '0200029',
  timeFormat: '0200030',
  dataNotFound: '0200033',
  substatusMismatch: '0200034',
  writeBackFailed: '0200999',
  // Generic validation codes, 8 digits (note 04 §6.2).
  empty: '02000001',
  invalidCharacters: '02000002',
  tooLong: '02000003',
  tooShort: '02000004',
  lengthOutOfRange: '02000005',
  wrongType: '02000006',
  invalidValue: '02000007',
  conversionError: '02000008',
  invalidCombination: '02000009',
  hourAndMinute: '02000010',
  tooManyParameters: '02000011',
} as const;

export type IsalesCode = (typeof isalesCodes)[keyof typeof isalesCodes];
