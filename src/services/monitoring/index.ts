export { tenantRestReasons, type RestReason } from './rest-reasons.ts';
