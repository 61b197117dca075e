import { Type, type Static } from '@sinclair/typebox';

const Ms = Type.Integer({ minimum: 0, maximum: 253_402_300_799_999 });

/**
 * A node of the knowledge tree in the tenant file and the admin import (decision 0901): a
 * category with children, or an entry (`common` knowledge or `qa`) with rich text (HTML) and
 * attachments. docs/tenant-file.md documents it.
 */
export const KnowledgeNodeSpec = Type.Recursive((Self) =>
  Type.Object({
    id: Type.Optional(Type.String({ pattern: '^[0-9A-Za-z]{1,32}$' })),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    kind: Type.Union([Type.Literal('category'), Type.Literal('common'), Type.Literal('qa')]),
    content: Type.Optional(Type.String({ maxLength: 1_000_000 })),
    summary: Type.Optional(Type.String({ maxLength: 2000 })),
    keyword: Type.Optional(Type.String({ maxLength: 500 })),
    status: Type.Optional(Type.Integer({ minimum: 1, maximum: 5 })),
    serviceStatus: Type.Optional(Type.Integer({ minimum: 1, maximum: 5 })),
    display: Type.Optional(Type.Boolean()),
    validStartTime: Type.Optional(Ms),
    validEndTime: Type.Optional(Ms),
    servicesStartTime: Type.Optional(Ms),
    servicesEndTime: Type.Optional(Ms),
    creatorId: Type.Optional(Type.String({ maxLength: 64 })),
    creatorName: Type.Optional(Type.String({ maxLength: 64 })),
    attachments: Type.Optional(
      Type.Array(
        Type.Object({
          name: Type.String({ minLength: 1, maxLength: 200 }),
          // Base64 of at most 5 MiB.
          contentBase64: Type.String({ maxLength: 7_000_000, pattern: '^[A-Za-z0-9+/]*={0,2}$' }),
          builtIn: Type.Optional(Type.Boolean()),
        }),
        { maxItems: 20 },
      ),
    ),
    related: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 32 }), { maxItems: 50 })),
    children: Type.Optional(Type.Array(Self, { maxItems: 999 })),
  }),
);

export const KnowledgeSpec = Type.Object({
  /** The SIA credentials (9.1.1) that obtain tokens for this tenant's knowledge base. */
  sia: Type.Optional(Type.Array(Type.Object({ domain: Type.String({ minLength: 1, maxLength: 64 }), jwt: Type.String({ minLength: 8, maxLength: 256 }) }), { maxItems: 20 })),
  tree: Type.Optional(Type.Array(KnowledgeNodeSpec, { maxItems: 999 })),
});

export type KnowledgeNodeSpec = Static<typeof KnowledgeNodeSpec>;
export type KnowledgeSpec = Static<typeof KnowledgeSpec>;
