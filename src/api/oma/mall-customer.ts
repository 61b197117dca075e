import { maskCompany, maskEmail, maskMobilePhone, maskName } from '../../domain/mall/index.ts';
import type { TenantMallRow } from '../../store/index.ts';

/** The masked contact data §15.1.1 and §15.1.4 return (Tables 15-2, 15-12). */
export function maskedContact(row: TenantMallRow) {
  return {
    mobilePhone: maskMobilePhone(row.mobilePhone),
    company: maskCompany(row.company),
    customerName: maskName(row.customerName),
    email: maskEmail(row.email),
  };
}
