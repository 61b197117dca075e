export * from './after-call.ts';
export * from './agent-work.ts';
export { dropRestApplication, holdsRest } from './rest-admission.ts';
