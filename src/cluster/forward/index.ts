export { ForwardToOwner } from './forward-to-owner.ts';
export { RequestForwarder, forwardedByHeader, notOwnerHeader, type ForwarderOptions } from './request-forwarder.ts';
