export { createCredentialGuards, type CredentialGuardDeps } from './credential-guards.ts';
export { header } from './header.ts';
export { AddressLockout, type AddressLock, type AddressLockoutLimits } from './address-lockout.ts';
