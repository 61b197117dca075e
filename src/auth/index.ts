export { scryptHasher, verifyPassword, tokenHash, safeEqual, type PasswordHasher } from './password-hash.ts';
export { cryptoSecrets, uuidShaped, type SecretSource } from './secret-source.ts';
export { TokenService, type TokenFamily, type TokenGrant, type IssuedToken } from './token-service.ts';
export * as signatureV2 from './signature-v2.ts';
