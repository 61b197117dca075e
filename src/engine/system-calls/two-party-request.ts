export interface TwoPartyCallRequest {
  callSerialNo: string;
  /** Party A: the customer manager's mobile or softphone number, called first. */
  partyA: string;
  /** Party B: the customer, called once A has answered. */
  partyB: string;
  /** The number B sees (callerPresent) and the number A sees (agentPresent). */
  displayToB: string;
  displayToA: string;
  callData: string;
  /** The agent the call is made for, written on A's CDR row; '' when none. */
  serviceNo: string;
  record: boolean;
  /** How long the parties talk before B hangs up; drawn from the engine's RNG when absent. */
  talkMs?: number;
}

/** The simulated customer's talk time (decision 0421): 20 s to 2 min, drawn from the tenant's seeded RNG. */
export const twoPartyTalkMsRange = [20_000, 120_000] as const;
