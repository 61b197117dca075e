import { fieldEnvelope } from '../../http/envelope/index.ts';

/**
 * The §6.3 replies `{message, retcode, result}` with the codes of §6.3.7.2 (ref L19017–19047):
 * a missing or invalid parameter is 107-002, a credential that does not authenticate 107-007,
 * anything unexpected 107-001 (note 03 §6.14's mapping, decision 0464).
 */
export const subscriptionEnvelope = fieldEnvelope({
  name: 'asrSubscription',
  codeField: 'retcode',
  messageField: 'message',
  successCode: '0',
  messageFirst: true,
  defaultSuccessMessage: 'success',
  generic: {
    invalidParameter: { code: '107-002', httpStatus: 200 },
    malformedRequest: { code: '107-002', httpStatus: 200 },
    unauthorized: { code: '107-007', httpStatus: 200 },
    notFound: { code: '107-002', httpStatus: 404 },
    internal: { code: '107-001', httpStatus: 200 },
  },
});
