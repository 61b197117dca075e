// Goal: the paging rule shared by querySkills, queryAccessCodeList and queryCalledRoute.
// Method: given a request and the page maximum, check the resolved page or the rejection.
import { describe, expect, it } from 'vitest';
import { resolvePage } from './paging.ts';

describe('resolvePage', () => {
  it.each([
    [{}, { limit: 100, offset: 0 }],
    [{ limit: null, offset: null }, { limit: 100, offset: 0 }],
    [{ limit: 0 }, { limit: 100, offset: 0 }],
    [{ limit: 10, offset: 20 }, { limit: 10, offset: 20 }],
    [{ limit: 101 }, { limit: 100, offset: 0 }],
    [{ limit: 5, offset: -7 }, { limit: 5, offset: 0 }],
    [{ limit: 100, offset: 500 }, { limit: 100, offset: 500 }],
  ])('%o → %o', (request, page) => {
    expect(resolvePage(request, 100)).toEqual({ ok: true, value: page });
  });

  it('refuses a negative limit', () => {
    expect(resolvePage({ limit: -1 }, 100)).toEqual({ ok: false, rejection: { tag: 'LimitNegative', limit: -1 } });
  });
});
