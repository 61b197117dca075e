import { areaCodeOf, areasByCode, type AreaRecord } from './fixed-line-areas.ts';
import { mobileCarrier } from './mobile-carriers.ts';
import { areaCodeBySegment } from './mobile-segments.ts';

/** The `data` of a getPhoneNoRegionInfo reply (CEC §5.3.6 Table 5-110, ref L6173–6186). */
export interface PhoneRegion {
  /** Six-digit administrative division code of the city (the example's "110100"). */
  areaCode: string;
  province: string;
  city: string;
  /** The telephone area code (the example's "010"). */
  cityCode: string;
  isp: string;
  postCode: string;
  /** First seven digits of a mobile number, or the area code of a fixed line. */
  phoneNo: string;
}

export type PhoneRegionRejection = { tag: 'NotAChineseNumber'; phoneNo: string };

/** What we answer for a place the dataset cannot state (decision 0204). */
export const unknownPlace = 'unknown';

/**
 * Strips the separators people write (blanks, hyphens, dots, parentheses) and the country code
 * (+86, 0086; 86 before an 11-digit mobile number). A national fixed-line number written without
 * its trunk 0 after the country code (+86 10 ...) gets it back.
 */
export function nationalNumber(input: string): string {
  let digits = input.replace(/[\s\-.()]/g, '');
  const international = /^(?:\+|00)86/.exec(digits);
  if (international) {
    digits = digits.slice(international[0].length);
    if (!/^1[3-9]/.test(digits) && !digits.startsWith('0')) digits = `0${digits}`;
  } else if (/^861[3-9][\d*]{9}$/.test(digits)) {
    digits = digits.slice(2);
  }
  return digits;
}

/**
 * CEC §5.3.6 (ref L6140–6230): the home area of an 11-digit mobile number (by its first seven
 * digits) or of a fixed-line number with its area code. Places the dataset cannot state answer
 * "unknown" with empty codes; fixed lines have an unknown carrier (ref L6181).
 */
export function lookUpPhoneRegion(input: string): { ok: true; value: PhoneRegion } | { ok: false; rejection: PhoneRegionRejection } {
  const number = nationalNumber(input.trim());
  if (isMobileNumber(number)) {
    const segment = number.slice(0, 7);
    const areaCode = areaCodeBySegment.get(segment);
    return { ok: true, value: region(areaCode, mobileCarrier(number) ?? unknownPlace, segment) };
  }
  const areaCode = areaCodeOf(number);
  // A subscriber number has seven or eight digits and does not start with 0.
  if (/^0\d+$/.test(areaCode) && /^[1-9][\d*]{6,7}$/.test(number.slice(areaCode.length))) {
    return { ok: true, value: region(areaCode, unknownPlace, areaCode) };
  }
  return { ok: false, rejection: { tag: 'NotAChineseNumber', phoneNo: input } };
}

/**
 * An 11-digit mobile number, or a masked one: the reference's own example sends "13020017****"
 * (ref L6211), eight digits and four stars, one character more than a number has. What the lookup
 * needs is the first seven digits, so after them any mix of digits and `*` is accepted as long as
 * it masks something (decision 0204).
 */
function isMobileNumber(number: string): boolean {
  return /^1[3-9]\d{9}$/.test(number) || (/^1[3-9]\d{5}[\d*]{1,6}$/.test(number) && number.includes('*'));
}

function region(areaCode: string | undefined, isp: string, phoneNo: string): PhoneRegion {
  const area: AreaRecord | undefined = areaCode === undefined ? undefined : areasByCode.get(areaCode);
  if (!area) {
    // The area code of a fixed line is known from its digits even when the city is not.
    const cityCode = areaCode !== undefined && phoneNo === areaCode ? areaCode : '';
    return { areaCode: '', province: unknownPlace, city: unknownPlace, cityCode, isp, postCode: '', phoneNo };
  }
  return { areaCode: area.divisionCode, province: area.province, city: area.city, cityCode: areaCode!, isp, postCode: area.postCode, phoneNo };
}
