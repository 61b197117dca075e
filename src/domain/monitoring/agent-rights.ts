/**
 * The `rights` permission string of 12.3.1.1.6 and 12.3.1.1.15 (Table 12-353, ref L54352–L54394):
 * one character per permission bit, '1' granted and '0' not, bit 1 first, 128 bits. The reference
 * ties permissions to the agent's role without listing which role has which; decision 0804 gives
 * each `ccRoleId` (2 agent, 3 inspector, 4 outbound call agent) the bits its work needs.
 */
const rightsLength = 128;

/** Call handling every agent has: busy/idle, mute, hold, connect held, outbound, internal, transfers, 3-party, reject. */
const agentBits = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 28, 30];
/** An inspector (decision 0804): listen/insert/whisper, intercept, forced sign-out/busy/idle, inspections, monitoring console. */
const inspectorBits = [...agentBits, 13, 14, 15, 16, 17, 23, 29];
/** An outbound call agent: national and international toll calls. */
const outboundBits = [...agentBits, 26, 27];

const bitsByRole: Readonly<Record<number, readonly number[]>> = { 2: agentBits, 3: inspectorBits, 4: outboundBits };

export function agentRights(ccRoleId: number): string {
  const bits = new Set(bitsByRole[ccRoleId] ?? agentBits);
  let out = '';
  for (let bit = 1; bit <= rightsLength; bit++) out += bits.has(bit) ? '1' : '0';
  return out;
}
