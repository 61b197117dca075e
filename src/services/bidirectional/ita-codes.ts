/**
 * CEC §6.2.1 Table 6-358 (ref L16431–16458), the same as §6.2.2 Table 6-362 (ref L16572): what
 * createCall answers for a tenant whose bidirectional calls go through the ITA, `retCode` with
 * its fixed `retMsg`. The simulated ITA (decision 0431) produces those that name a rule it checks.
 */
export const itaCodes = {
  invalidInput: { code: '90100100', message: 'Invalid Input Parameter' },
  authFailed: { code: '90100200', message: 'Auth Failed' },
  badRequest: { code: '90100300', message: 'Bad Request' },
  notFound: { code: '90100400', message: 'Not found' },
  internalError: { code: '90100600', message: 'Internal Server Error' },
  insufficientBalance: { code: '90102001', message: 'Insufficient Balance' },
  requestRestriction: { code: '90102002', message: 'Request Restriction' },
  insufficientPermission: { code: '90104001', message: 'Insufficient Permission' },
  requestForbidden: { code: '90104003', message: 'Request Forbidden' },
  serviceUnavailable: { code: '90104004', message: 'Service Unavailable' },
  serviceProcessFailure: { code: '90104008', message: 'Service Process Failure' },
  tooManyRequests: { code: '90104029', message: 'Too Many Requests' },
  bindingExists: { code: '90106001', message: 'Binding relationship already exists' },
  bindingMissing: { code: '90106002', message: 'Binding relationship not exists' },
  insufficientNumbers: { code: '90106003', message: 'Insufficient Number resources' },
  noNumberFound: { code: '90106004', message: 'No corresponding number found' },
  inconsistentBinding: { code: '90106005', message: 'Inconsistent binding data' },
  otherNumberError: { code: '90106006', message: 'Other Error' },
  policyForbid: { code: '90106010', message: 'Policy Forbid' },
  callerForbid: { code: '90106011', message: 'Caller Forbid' },
  calleeForbid: { code: '90106012', message: 'Callee forbid' },
} as const;

export type ItaCode = (typeof itaCodes)[keyof typeof itaCodes];

/** The codes createCall may answer for an ITA tenant, in the order the simulated ITA checks them. */
export const itaCreateCallCodes = [itaCodes.invalidInput, itaCodes.callerForbid, itaCodes.tooManyRequests, itaCodes.bindingExists, itaCodes.insufficientNumbers].map((c) => c.code);
