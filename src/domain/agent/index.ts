export * from './agent-status.ts';
export * from './work-state-machine.ts';
export * from './phone-numbers.ts';
export * from './rest-admission.ts';
