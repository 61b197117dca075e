/** The thresholds of the one-click trial (decisions 1506, 1507). */
export const trialLimits = {
  /** How long a verification code lives. */
  verifyCodeLifetimeMs: 5 * 60_000,
  /** Wrong codes after which the code is withdrawn (the applicant asks for a new one: 001). */
  verifyCodeFailuresMax: 5,
  /** SMS messages the gateway sends per UTC day (§17.2 205). */
  smsPerDayMax: 500,
  /** Account e-mails sent per UTC day (§17.3 205). */
  emailsPerDayMax: 100,
  /** Length of a trial. */
  trialDurationMs: 30 * 86_400_000,
  /** Work numbers a trial tenant gets. */
  trialWorkNoCount: 100,
} as const;

/** The §17.2 return codes (Table 17-4). */
export const VerifyCodeResult = {
  sent: '200',
  exists: '201',
  codeNotSent: '202',
  smsNotSent: '204',
  dailyThreshold: '205',
} as const;

/** The §17.3 return codes (Table 17-6). */
export const ApplyTrialResult = {
  applied: '000',
  codeMissing: '001',
  codeWrong: '002',
  verificationFailed: '003',
  tenantExists: '004',
  conflict: '005',
  noAccessCode: '006',
  dailyThreshold: '205',
} as const;
