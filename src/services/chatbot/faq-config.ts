import { CecError } from '../../http/cec-error.ts';
import type { Repositories } from '../../store/index.ts';
import type { OiapFaqGroupRow, OiapFaqRow } from '../../store/repositories/oiap-faq.repository.ts';
import { configCodes } from './bindings.ts';

export interface SimStatement {
  id?: number;
  elementId?: number;
  statement: string;
  type: string;
}

export interface FaqElementInput {
  id?: number;
  faqGroupId: number;
  question: string;
  answer: string;
  simQuestions?: SimStatement[];
  simAnswers?: SimStatement[];
  keywords?: { w: string }[];
}

/** FaqModel (Table 10-53) as the 10.9.1 example shows it. */
export function faqGroupView(row: OiapFaqGroupRow, tenantId: string, amount: number) {
  return { id: row.groupId, tenantId, name: row.name, description: row.description, language: row.language, updateTime: Number(row.updatedAtMs), on: row.enabled === 1, amount };
}

/** FaqElementModel (Table 10-59); `faqId` repeats the group id as the 10.9.6 example does (ref L36017). */
export function faqView(row: OiapFaqRow) {
  const sims = (text: string, type: string) => (JSON.parse(text) as { id: number; statement: string }[]).map((s) => ({ id: s.id, elementId: row.faqId, statement: s.statement, type }));
  return {
    id: row.faqId,
    faqGroupId: row.groupId,
    faqId: row.groupId,
    question: row.question,
    simQuestions: sims(row.simQuestions, 'Q'),
    answer: row.answer,
    simAnswers: sims(row.simAnswers, 'A'),
    keywords: (JSON.parse(row.keywords) as string[]).map((w) => ({ w })),
    updateTime: Number(row.updatedAtMs),
  };
}

/**
 * The rules of 10.9.7/10.9.8 (ref L36056–36069): keywords must not contain a vertical bar; similar
 * statements keep the type of their list. Returns the row to store (ids of the statements are
 * renumbered from 1 within the Q&A, decision 1005).
 */
export function faqRow(vdnId: number, faqId: number, input: FaqElementInput, now: number): OiapFaqRow {
  for (const k of input.keywords ?? []) if (k.w.includes('|')) throw new CecError(configCodes.invalidParameter, 'a keyword must not contain a vertical bar');
  const statements = (list: SimStatement[] | undefined, type: string) => {
    const wrong = (list ?? []).find((s) => s.type !== type);
    if (wrong) throw new CecError(configCodes.invalidParameter, `similar ${type === 'Q' ? 'questions' : 'answers'} must have type ${type}`);
    return JSON.stringify((list ?? []).map((s, i) => ({ id: i + 1, statement: s.statement })));
  };
  return {
    vdnId,
    faqId,
    groupId: input.faqGroupId,
    question: input.question,
    answer: input.answer,
    simQuestions: statements(input.simQuestions, 'Q'),
    simAnswers: statements(input.simAnswers, 'A'),
    keywords: JSON.stringify((input.keywords ?? []).map((k) => k.w)),
    updatedAtMs: now,
  };
}

export async function requireGroup(repos: Repositories, vdnId: number, groupId: number): Promise<OiapFaqGroupRow> {
  const group = await repos.oiapFaq.group(vdnId, groupId);
  if (!group) throw new CecError(configCodes.notExist, `FAQ group ${groupId} does not exist`);
  return group;
}

/** Group names are unique per tenant and language (decision 1005). */
export async function assertGroupNameFree(repos: Repositories, vdnId: number, name: string, language: string, exceptId?: number): Promise<void> {
  const same = await repos.oiapFaq.groups(vdnId, { language, name });
  if (same.some((g) => g.name === name && g.groupId !== exceptId)) throw new CecError(configCodes.alreadyExists, `FAQ group ${name} already exists`);
}
