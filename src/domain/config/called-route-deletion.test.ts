// Goal: the dnid list of deleteCalledRoute (§5.3.3) and its reply text (ref L5856–5861). Method:
// pure inputs in, plans, summaries or rejections out.
import { describe, expect, it } from 'vitest';
import { deletionSummary, parseDnids, planRouteDeletion } from './called-route-deletion.ts';

const route = (dnid: number, extCode: string, editable: string | null = '0') => ({ id: `10000000000000000${dnid}`, dnid, accessCode: '9911411', extCode, editable });

describe('parseDnids', () => {
  it('splits on commas, dropping blanks and repeats', () => {
    expect(parseDnids(' 1, 2,,1 ', 1000)).toEqual({ ok: true, value: [1, 2] });
  });

  it('refuses empty lists, bad dnids and more than the maximum', () => {
    expect(parseDnids(' ', 1000)).toEqual({ ok: false, rejection: { tag: 'DnidsEmpty' } });
    expect(parseDnids('1;2', 1000)).toEqual({ ok: false, rejection: { tag: 'DnidInvalid', text: '1;2' } });
    expect(parseDnids('0', 1000)).toEqual({ ok: false, rejection: { tag: 'DnidInvalid', text: '0' } });
    expect(parseDnids('1,2,3', 2)).toEqual({ ok: false, rejection: { tag: 'DnidsTooMany', count: 3, max: 2 } });
  });
});

describe('planRouteDeletion and deletionSummary', () => {
  it('summarises a full success as the documented example does', () => {
    const plan = planRouteDeletion([1, 2], [route(1, ''), route(2, '1')]);
    expect(plan.ok && deletionSummary(plan.value)).toEqual({ id: '100000000000000001,100000000000000002', name: '9911411,99114111', content: '9911411,99114111' });
  });

  it('keeps protected routes and reports a partial success', () => {
    const plan = planRouteDeletion([3, 1, 2], [route(1, ''), route(2, '1', '2'), route(3, '11', '1')]);
    expect(plan.ok && deletionSummary(plan.value)).toEqual({ id: '100000000000000003,100000000000000001', name: '991141111,9911411', content: 'Success:991141111,9911411,Failed:99114111' });
  });

  it('refuses unknown dnids and a request where nothing may be deleted', () => {
    expect(planRouteDeletion([1, 5], [route(1, '')])).toEqual({ ok: false, rejection: { tag: 'DnidsNotFound', dnids: [5] } });
    expect(planRouteDeletion([1], [route(1, '', '3')])).toEqual({ ok: false, rejection: { tag: 'NothingDeletable', names: ['9911411'] } });
  });
});
