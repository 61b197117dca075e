/**
 * The masks §15.1.1 and §15.1.4 apply to a mall customer's contact data ("which has been
 * masked"), in the forms the reference's examples show (decision 1504): `153****0991`,
 * `sunk***@huawei.com`, `zXXXXXX`, `Huawei XXXXXXXXX`.
 */

/** Keeps the first three and last four digits: "15300000991" → "153****0991". */
export function maskMobilePhone(phone: string): string {
  if (phone.length <= 7) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

/** Keeps the first four characters of the local part: "sunkai@huawei.com" → "sunk***@huawei.com". */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 0) return maskName(email);
  const local = email.slice(0, at);
  return `${local.slice(0, Math.min(4, Math.max(1, local.length - 1)))}***${email.slice(at)}`;
}

/** Keeps the first character: "zhangsan" → "zXXXXXX". */
export function maskName(name: string): string {
  const chars = [...name];
  return chars.length === 0 ? '' : chars[0] + 'X'.repeat(chars.length - 1);
}

/** Keeps the first word: "Huawei Technologies" → "Huawei XXXXXXXXXXXX"; one word is masked as a name. */
export function maskCompany(company: string): string {
  const space = company.indexOf(' ');
  if (space < 0) return maskName(company);
  return company.slice(0, space + 1) + company.slice(space + 1).replace(/\S/gu, 'X');
}
