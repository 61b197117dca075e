import { Type } from '@sinclair/typebox';
import { languageField, tenantIdField } from './oiap-tenant.ts';

const statement = Type.String({ minLength: 1, maxLength: 8192 });

export const SimStatementUnit = Type.Object({
  id: Type.Optional(Type.Integer()),
  elementId: Type.Optional(Type.Integer()),
  statement,
  type: Type.String({ pattern: '^[QA]$' }),
});

/** FaqElementModel of 10.9.7/10.9.8 (Tables 10-62, 10-66). */
export const FaqElementModel = Type.Object({
  id: Type.Optional(Type.Integer()),
  faqGroupId: Type.Integer(),
  question: statement,
  simQuestions: Type.Optional(Type.Array(SimStatementUnit, { maxItems: 100 })),
  answer: statement,
  simAnswers: Type.Optional(Type.Array(SimStatementUnit, { maxItems: 100 })),
  keywords: Type.Optional(Type.Array(Type.Object({ w: Type.String({ minLength: 1, maxLength: 64 }) }), { maxItems: 20 })),
});

/** FaqModel of 10.9.2/10.9.3 (Tables 10-55, 10-57). */
export const FaqModel = Type.Object({
  id: Type.Optional(Type.Integer()),
  tenantId: tenantIdField,
  name: Type.String({ minLength: 1, maxLength: 64 }),
  description: Type.String({ maxLength: 512 }),
  language: languageField,
  updateTime: Type.Optional(Type.Integer()),
  on: Type.Optional(Type.Boolean()),
  amount: Type.Optional(Type.Integer()),
});

/** FaqAnswer of Table 10-70. */
export const FaqAnswer = Type.Object({
  faqGroupId: Type.Integer(),
  faqGroupName: Type.String(),
  faqId: Type.Integer(),
  question: Type.String(),
  answers: Type.Array(Type.String()),
  prob: Type.Number(),
});

export const faqTestResponse = Type.Object({ answer: Type.Union([FaqAnswer, Type.Null()]), similarFaqs: Type.Array(FaqAnswer) });
