import { endpointFactory, type EndpointDefinition } from '../http/endpoint.ts';
import type { ApiServices } from './services.ts';

/** Declares one interface of the reference; see EndpointDefinition. */
export const defineEndpoint = endpointFactory<ApiServices>();

export type ApiEndpoint = EndpointDefinition<ApiServices, any, any, any>;
