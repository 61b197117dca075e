import { createRequire } from 'node:module';
import type { FastifyServerOptions } from 'fastify';

type RouteSchema = { schema: unknown; method: string; url: string; httpPart?: string };
type Validator = ((data: unknown, context?: unknown) => unknown) & { errors?: unknown; schemaEnv?: unknown };
type ValidatorBuilder = (externalSchemas: unknown, ajvOptions: unknown) => (route: RouteSchema) => Validator;

// Fastify's own Ajv compiler (its dependency, so the version always matches the framework's).
const fastifyRequire = createRequire(createRequire(import.meta.url).resolve('fastify'));
const ajvCompilerFactory = fastifyRequire('@fastify/ajv-compiler') as () => ValidatorBuilder;

/**
 * Compiles a route's schema on the route's first request instead of at boot (issue 8: some 1,000
 * schemas made start-up slow while a client uses a few dozen interfaces). Same Ajv, same options,
 * same results: the wrapper forwards the data and the parent context Fastify passes to Ajv's
 * functions (`schemaEnv` tells it to, so coercion of a root value still works) and mirrors `errors`.
 */
export function lazyValidators(): NonNullable<FastifyServerOptions['schemaController']> {
  const build = ajvCompilerFactory();
  return {
    compilersFactory: {
      buildValidator: (externalSchemas: unknown, ajvOptions: unknown) => {
        const compile = build(externalSchemas, ajvOptions);
        return (route: RouteSchema) => {
          let compiled: Validator | undefined;
          const validate: Validator = (data, context) => {
            compiled ??= compile(route);
            const valid = compiled(data, context);
            validate.errors = compiled.errors;
            return valid;
          };
          validate.schemaEnv = true;
          return validate;
        };
      },
    },
  } as never;
}
