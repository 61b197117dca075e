export { normalizeKeys, unwrapBodyLabel, aliasTable, type AliasTable } from './normalize-keys.ts';
