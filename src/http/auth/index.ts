export { createCredentialGuards, type CredentialGuardDeps } from './credential-guards.ts';
export { header } from './header.ts';
