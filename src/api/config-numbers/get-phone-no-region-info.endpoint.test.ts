// Goal: getPhoneNoRegionInfo (§5.3.6) answers the documented example exactly, places fixed lines
// and mobile numbers from the dataset, answers "unknown" where it cannot, and refuses what is not
// a Chinese number. Method: a whole server through inject (the dataset itself is unit-tested in
// src/services/phone-region).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bearerToken, c1, createTestApp, type TestApp } from '../../../test/support/test-app.ts';

const url = '/apiaccess/rest/cc-management/v1/phonearea/getPhoneNoRegionInfo';

let app: TestApp;
let call: ReturnType<typeof c1>;
beforeEach(async () => {
  app = await createTestApp();
  call = c1(app, await bearerToken(app));
});
afterEach(async () => {
  await app.close();
});

describe('5.3.6 getPhoneNoRegionInfo', () => {
  it('answers the documented example exactly, masked digits included', async () => {
    const res = await call(url, { phoneNo: '13020017****' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      returnCode: '0',
      data: { areaCode: '110100', province: 'Beijing', city: 'Beijing', cityCode: '010', isp: 'China Unicom', postCode: '100000', phoneNo: '1302001' },
      description: 'success',
    });
  });

  it('places a fixed line by its area code, with an unknown carrier', async () => {
    expect((await call(url, { phoneNo: '0755-86001234' })).body.data).toEqual({
      areaCode: '440300',
      province: 'Guangdong',
      city: 'Shenzhen',
      cityCode: '0755',
      isp: 'unknown',
      postCode: '518000',
      phoneNo: '0755',
    });
    expect((await call(url, { phoneNo: '+86 21 6888 1234' })).body.data).toMatchObject({ city: 'Shanghai', cityCode: '021', phoneNo: '021' });
  });

  it('answers the carrier of a mobile number whose segment it cannot place, and "unknown" for the place', async () => {
    expect((await call(url, { phoneNo: '18912345678' })).body.data).toEqual({ areaCode: '', province: 'unknown', city: 'unknown', cityCode: '', isp: 'China Telecom', postCode: '', phoneNo: '1891234' });
    expect((await call(url, { phoneNo: '14012345678' })).body.data).toMatchObject({ isp: 'unknown', province: 'unknown', phoneNo: '1401234' });
  });

  it('refuses what is not a Chinese mobile or fixed-line number', async () => {
    for (const phoneNo of ['12345', '1302001', '2302001123', 'abc', '001302001']) {
      const res = await call(url, { phoneNo });
      expect(res.body, phoneNo).toEqual({ returnCode: '1', description: expect.stringMatching(/is neither an 11-digit Chinese mobile number nor a fixed-line number/) });
    }
    expect((await call(url, {})).body.description).toMatch(/phoneNo is mandatory/);
  });

  it('refuses a request without a token with 401', async () => {
    expect((await app.request({ method: 'POST', url, body: { phoneNo: '13020017000' } })).status).toBe(401);
  });
});
