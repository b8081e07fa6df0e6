import type { PaymentMethod } from '../../core';

/** A default card, an expired card, a SEPA mandate and bank transfer. */
export const demoPaymentMethods: PaymentMethod[] = [
  { type: 'card', id: 'pm_visa', isDefault: true, brand: 'visa', last4: '4242', expMonth: 8, expYear: 2028 },
  {
    type: 'card',
    id: 'pm_mastercard_expired',
    isDefault: false,
    brand: 'mastercard',
    last4: '4444',
    expMonth: 1,
    expYear: 2026,
  },
  {
    type: 'sepa_debit',
    id: 'pm_sepa',
    isDefault: false,
    ibanLast4: '3000',
    mandateReference: 'SK-MANDATE-0042',
  },
  { type: 'bank_transfer', id: 'pm_bank_transfer', isDefault: false, reference: 'SK-ACME-7781' },
];
