// Goal: the masks of §15.1.1/§15.1.4 give the forms of the reference's examples.
import { describe, expect, it } from 'vitest';
import { maskCompany, maskEmail, maskMobilePhone, maskName } from './index.ts';

describe('mall contact masks', () => {
  it('masks as the examples show', () => {
    expect(maskMobilePhone('15300000991')).toBe('153****0991');
    expect(maskMobilePhone('1320007077')).toBe('132****7077');
    expect(maskMobilePhone('12345')).toBe('*****');
    expect(maskEmail('sunkai@huawei.com')).toBe('sunk***@huawei.com');
    expect(maskEmail('ab@x.org')).toBe('a***@x.org');
    expect(maskEmail('nomail')).toBe('nXXXXX');
    expect(maskName('zhangsan')).toBe('zXXXXXXX');
    expect(maskName('')).toBe('');
    expect(maskCompany('Huawei Technologies Co')).toBe('Huawei XXXXXXXXXXXX XX');
    expect(maskCompany('tttttttttt')).toBe('tXXXXXXXXX');
  });
});
