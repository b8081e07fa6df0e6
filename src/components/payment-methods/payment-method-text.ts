import { isBillingError, type PaymentMethod, type PaymentMethodType } from '../../core';
import type { Translate, TranslationKey } from '../shared/translate';

type CardBrand = Extract<PaymentMethod, { type: 'card' }>['brand'];

/** Card expiry state at `at`: a card is valid through the last day of its expiry month. */
type CardExpiry = 'valid' | 'expiring_soon' | 'expired';

/** A card that expires within this many months (this one included) is "expiring soon". */
const EXPIRING_SOON_MONTHS = 2;

function cardExpiry(expMonth: number, expYear: number, at: Date): CardExpiry {
  const monthsLeft = (expYear - at.getUTCFullYear()) * 12 + (expMonth - 1 - at.getUTCMonth());
  if (monthsLeft < 0) return 'expired';
  return monthsLeft < EXPIRING_SOON_MONTHS ? 'expiring_soon' : 'valid';
}

/** "08/2028" (en), "08.2028" (da, de): the month and year as printed on cards. */
function formatExpiry(expMonth: number, expYear: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(expYear, expMonth - 1, 1),
  );
}

const EXPIRY_TEXT: Record<CardExpiry, TranslationKey> = {
  expired: 'paymentMethods.card.expired',
  expiring_soon: 'paymentMethods.card.expiringSoon',
  valid: 'paymentMethods.card.expires',
};

function expiryText(expiry: CardExpiry | null, date: string, t: Translate): string {
  return t(EXPIRY_TEXT[expiry ?? 'valid'], { date });
}

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

function addLabel(type: PaymentMethodType, t: Translate): string {
  return t(`paymentMethods.add.${type}`);
}

/** The provider refused to remove the only (default) method the subscription is paid with. */
function isDefaultRequired(error: unknown): boolean {
  return (
    isBillingError(error) &&
    error.code === 'feature_in_use' &&
    error.details?.reason === 'default_payment_method_required'
  );
}

function describeRemoveError(error: unknown, t: Translate): string {
  return isDefaultRequired(error) ? t('paymentMethods.defaultRequired') : t('paymentMethods.unchanged');
}

function describeActionError(error: unknown, t: Translate): string {
  return isBillingError(error) &&
    error.code === 'plan_unavailable' &&
    error.details?.reason === 'bank_transfer_requires_enterprise'
    ? t('paymentMethods.bankTransfer.enterpriseOnly')
    : t('paymentMethods.unchanged');
}

export type { CardExpiry };
export {
  addLabel,
  cardExpiry,
  describeActionError,
  describeRemoveError,
  expiryText,
  formatExpiry,
  isDefaultRequired,
  methodName,
};
