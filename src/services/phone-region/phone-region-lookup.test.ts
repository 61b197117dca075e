// Goal: the number-region dataset is well formed and the lookup of §5.3.6 answers from it, with
// "unknown" where it cannot place a number. Method: integrity checks over every table row, then
// lookups of mobile, masked, international and fixed-line numbers.
import { describe, expect, it } from 'vitest';
import { areaCodeOf, areasByCode } from './fixed-line-areas.ts';
import { mobileCarrier, mobileCarrierPrefixes } from './mobile-carriers.ts';
import { areaCodeBySegment } from './mobile-segments.ts';
import { lookUpPhoneRegion, nationalNumber } from './phone-region-lookup.ts';

describe('the dataset', () => {
  it('has well-formed, distinct rows', () => {
    for (const [areaCode, area] of areasByCode) {
      expect(areaCode, area.city).toMatch(/^0(10|2\d|[3-9]\d{2})$/);
      expect(areaCodeOf(`${areaCode}12345678`)).toBe(areaCode);
      expect(area.divisionCode, area.city).toMatch(/^[1-8]\d{3}00$/);
      expect(area.postCode, area.city).toMatch(/^\d{6}$/);
    }
    expect(new Set([...areasByCode.values()].map((a) => a.divisionCode)).size).toBe(areasByCode.size);
    for (const prefix of mobileCarrierPrefixes.keys()) expect(prefix).toMatch(/^1[3-9]\d{1,2}$/);
    for (const [segment, areaCode] of areaCodeBySegment) {
      expect(segment).toMatch(/^1[3-9]\d{5}$/);
      expect(areasByCode.has(areaCode)).toBe(true);
      expect(mobileCarrier(`${segment}0000`)).toBeDefined();
    }
  });

  it('covers every provincial-level capital', () => {
    const provinces = new Set([...areasByCode.values()].map((a) => a.province));
    expect(provinces.size).toBe(31);
  });

  it('lets a four-digit block refine its three-digit block', () => {
    expect(mobileCarrier('13412345678')).toBe('China Mobile');
    expect(mobileCarrier('13492345678')).toBeUndefined();
    expect(mobileCarrier('17001234567')).toBe('China Telecom');
    expect(mobileCarrier('17051234567')).toBe('China Mobile');
    expect(mobileCarrier('17091234567')).toBe('China Unicom');
    expect(mobileCarrier('19212345678')).toBe('China Broadnet');
  });
});

describe('nationalNumber', () => {
  it.each([
    ['+86 130 2001 7000', '13020017000'],
    ['8613020017000', '13020017000'],
    ['0086-10-6552-9988', '01065529988'],
    ['(0755) 8600-1234', '075586001234'],
    ['010.6552.9988', '01065529988'],
  ])('%s → %s', (input, national) => {
    expect(nationalNumber(input)).toBe(national);
  });
});

describe('lookUpPhoneRegion', () => {
  it('places the documented segment, masked or not', () => {
    const beijingUnicom = { areaCode: '110100', province: 'Beijing', city: 'Beijing', cityCode: '010', isp: 'China Unicom', postCode: '100000', phoneNo: '1302001' };
    for (const phoneNo of ['13020017****', '1302001****', '13020017123', '+8613020017123']) expect(lookUpPhoneRegion(phoneNo), phoneNo).toEqual({ ok: true, value: beijingUnicom });
  });

  it('answers the carrier and an unknown place for other segments', () => {
    expect(lookUpPhoneRegion('13912345678')).toEqual({ ok: true, value: { areaCode: '', province: 'unknown', city: 'unknown', cityCode: '', isp: 'China Mobile', postCode: '', phoneNo: '1391234' } });
  });

  it('places fixed lines by area code and keeps an unlisted area code', () => {
    expect(lookUpPhoneRegion('02887654321')).toEqual({ ok: true, value: { areaCode: '510100', province: 'Sichuan', city: 'Chengdu', cityCode: '028', isp: 'unknown', postCode: '610000', phoneNo: '028' } });
    expect(lookUpPhoneRegion('0898-6533-1234')).toMatchObject({ ok: true, value: { province: 'Hainan', cityCode: '0898' } });
    expect(lookUpPhoneRegion('0999-1234567')).toEqual({ ok: true, value: { areaCode: '', province: 'unknown', city: 'unknown', cityCode: '0999', isp: 'unknown', postCode: '', phoneNo: '0999' } });
  });

  it.each(['', '1302001', '130200171234', '12012345678', '010123456', '0100123456', '4008123456', '13020017abcd', '1302001********'])('refuses %j', (phoneNo) => {
    expect(lookUpPhoneRegion(phoneNo).ok).toBe(false);
  });
});
