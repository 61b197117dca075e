// Goal: the 5.1.4 and 5.1.7 queries read their paging and filters as the tables say. Method:
// pure checks of the resolution functions.
import { describe, expect, it } from 'vitest';
import { resolveAgentQuery, resolveSkillPage } from './agent-query-rules.ts';

describe('resolveAgentQuery (5.1.4)', () => {
  it('selects one agent when userAccount is sent, ignoring the rest', () => {
    expect(resolveAgentQuery({ userAccount: 'agent101', pageNum: -5, agentType: [1] })).toEqual({ query: { mode: 'single', userAccount: 'agent101' } });
  });

  it('pages from 0, caps a page at 100 and keeps the filters', () => {
    expect(resolveAgentQuery({ pageNum: 2, pageSize: 10, agentType: [4, 4, 11], transparentDisplayFlag: false })).toEqual({
      query: { mode: 'page', offset: 20, limit: 10, agentTypes: [4, 11], transparentDisplayFlag: false },
    });
    expect(resolveAgentQuery({ userAccount: '', pageSize: 1000 })).toEqual({ query: { mode: 'page', offset: 0, limit: 100, agentTypes: [] } });
    expect(resolveAgentQuery({ pageNum: 1 })).toEqual({ query: { mode: 'page', offset: 100, limit: 100, agentTypes: [] } });
  });

  it('refuses a query with neither account nor paging, bad paging and unknown agent types', () => {
    expect(resolveAgentQuery({})).toMatchObject({ rejection: { field: 'userAccount' } });
    expect(resolveAgentQuery({ pageNum: -1, pageSize: 1 })).toMatchObject({ rejection: { field: 'pageNum' } });
    expect(resolveAgentQuery({ pageNum: 0, pageSize: 0 })).toMatchObject({ rejection: { field: 'pageSize' } });
    expect(resolveAgentQuery({ pageNum: 0, pageSize: 1, agentType: [255] })).toMatchObject({ rejection: { field: 'agentType' } });
  });
});

describe('resolveSkillPage (5.1.7)', () => {
  it('allows pages of 1 to 100 agents from page 0', () => {
    expect(resolveSkillPage(3, 100)).toEqual({ offset: 300, limit: 100 });
    expect(resolveSkillPage(0, 101)).toMatchObject({ rejection: { field: 'pageSize', reason: 'must be at most 100' } });
    expect(resolveSkillPage(0, 0)).toMatchObject({ rejection: { field: 'pageSize' } });
    expect(resolveSkillPage(-1, 10)).toMatchObject({ rejection: { field: 'pageNum' } });
  });
});
