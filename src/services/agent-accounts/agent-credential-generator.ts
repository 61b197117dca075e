import type { SecretSource } from '../../auth/index.ts';
import { composeCtiPassword, composeSipPassword, credentialEntropyBytes } from '../../domain/config/agent-credential-rules.ts';

/** Draws per password; a draw fails only when the shuffle left a pattern the rules refuse. */
const drawsMax = 16;

/** Fresh bytes from the secret source (credentials never come from the seeded RNG). */
function entropy(secrets: SecretSource): number[] {
  const hex = secrets.hex(credentialEntropyBytes);
  return Array.from({ length: credentialEntropyBytes }, (_, i) => parseInt(hex.slice(2 * i, 2 * i + 2), 16));
}

function draw(compose: () => string | undefined, what: string): string {
  for (let i = 0; i < drawsMax; i++) {
    const password = compose();
    if (password !== undefined) return password;
  }
  // Sixteen failed draws mean the secret source is not random: a programming error, not input.
  throw new Error(`could not generate a ${what} that meets its rule`);
}

/**
 * The SIP softphone password (5.1.8 rule) and CTI sign-in password (6.1.1.16 rule) of a new agent
 * (decision 0104). 5.1.9 and 5.1.11 report them to the agent's client in clear text.
 */
export function generateAgentCredentials(secrets: SecretSource, workNo: number): { sipPwd: string; ctiPassword: string } {
  return {
    sipPwd: draw(() => composeSipPassword(entropy(secrets)), 'SIP password'),
    ctiPassword: draw(() => composeCtiPassword(entropy(secrets), workNo), 'CTI password'),
  };
}
