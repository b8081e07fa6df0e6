import type { PaymentMethod, PaymentMethodType } from '../../core';
import type { Translate } from './translate';

type CardBrand = Extract<PaymentMethod, { type: 'card' }>['brand'];

const METHOD_NAMES: {
  [Type in PaymentMethodType]: (method: Extract<PaymentMethod, { type: Type }>, t: Translate) => string;
} = {
  card: (card, t) =>
    t('paymentMethods.card.label', {
      brand: t(`paymentMethods.brands.${card.brand satisfies CardBrand}`),
      last4: card.last4,
    }),
  sepa_debit: (debit, t) => t('paymentMethods.sepa.label', { last4: debit.ibanLast4 }),
  bank_transfer: (_, t) => t('paymentMethods.bankTransfer.label'),
};

/** "Visa •••• 4242", "SEPA Direct Debit •••• 3000", "Bank transfer". */
function methodName(method: PaymentMethod, t: Translate): string {
  return (METHOD_NAMES[method.type] as (method: PaymentMethod, t: Translate) => string)(method, t);
}

export { methodName };
