export { CallbackOutbox, type CallbackRequest, type CallbackTransport, type CallbackOutboxOptions } from './callback-outbox.ts';
export { httpCallbackTransport, returnCodeAcknowledges, type HttpCallbackTransportOptions } from './http-callback-transport.ts';
