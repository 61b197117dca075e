// Goal: the simulated network answers a mobile agent's bound number as it answers a dialled call
// to that number, and refuses to bind numbers it would not connect. Method: SimSwitch directly.
import { describe, expect, it } from 'vitest';
import { SimSwitch } from './sim-switch.ts';

describe('SimSwitch mobile numbers (6.1.2.26)', () => {
  it('gives a bound number the dial answer delay and softphones their own', () => {
    const network = new SimSwitch({ agentAnswerDelayMs: 300, answerAfterMs: 2_500 });
    expect(network.bindAgentNumber(107, '13912345678')).toBeNull();
    expect(network.agentPhoneAnswerDelayMs(107, '13912345678')).toBe(2_500);
    expect(network.agentPhoneAnswerDelayMs(107, '70107')).toBe(300);
    expect(network.agentPhoneAnswerDelayMs(108, '13912345678')).toBe(300);
    network.unbindAgentNumber(107);
    expect(network.agentPhoneAnswerDelayMs(107, '13912345678')).toBe(300);
  });

  it('refuses numbers the network cannot connect, with the failure a dialled call meets', () => {
    const network = new SimSwitch();
    expect(network.bindAgentNumber(107, '13900000001')).toMatchObject({ detect: 1164 });
    expect(network.bindAgentNumber(107, '13800000000')).toMatchObject({ detect: 1168 });
    expect(network.agentPhoneAnswerDelayMs(107, '13800000000')).toBe(0);
  });
});
