import type Stripe from 'stripe';

/** What happens when a payment method is charged, following Stripe's test cards. */
export type CardBehaviour =
  | { kind: 'succeeds' }
  | { kind: 'declines'; code: string; declineCode: string; message: string }
  | { kind: 'requires_action' };

interface TestToken {
  type: 'card' | 'sepa_debit';
  brand?: string;
  last4: string;
  behaviour: CardBehaviour;
}

const succeeds: CardBehaviour = { kind: 'succeeds' };

function declines(code: string, declineCode: string, message: string): CardBehaviour {
  return { kind: 'declines', code, declineCode, message };
}

/** Stripe's test payment method tokens the double knows, with their cards' behaviour. */
export const testTokens: Record<string, TestToken> = {
  pm_card_visa: { type: 'card', brand: 'visa', last4: '4242', behaviour: succeeds },
  pm_card_mastercard: { type: 'card', brand: 'mastercard', last4: '4444', behaviour: succeeds },
  pm_card_amex: { type: 'card', brand: 'amex', last4: '8431', behaviour: succeeds },
  pm_card_chargeDeclined: {
    type: 'card',
    brand: 'visa',
    last4: '0002',
    behaviour: declines('card_declined', 'generic_decline', 'Your card was declined.'),
  },
  pm_card_chargeDeclinedInsufficientFunds: {
    type: 'card',
    brand: 'visa',
    last4: '9995',
    behaviour: declines('card_declined', 'insufficient_funds', 'Your card has insufficient funds.'),
  },
  pm_card_chargeDeclinedExpiredCard: {
    type: 'card',
    brand: 'visa',
    last4: '0069',
    behaviour: declines('expired_card', 'expired_card', 'Your card has expired.'),
  },
  pm_card_authenticationRequired: {
    type: 'card',
    brand: 'visa',
    last4: '3184',
    behaviour: { kind: 'requires_action' },
  },
  pm_sepaDebit: { type: 'sepa_debit', last4: '3000', behaviour: succeeds },
};

export function cardDetails(token: TestToken, year: number): Stripe.PaymentMethod.Card {
  const brand = token.brand ?? 'visa';
  return {
    brand,
    display_brand: brand,
    checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: 'pass' },
    country: 'US',
    exp_month: 12,
    exp_year: year + 3,
    fingerprint: `Dbl${token.last4}${brand}`.slice(0, 16),
    funding: 'credit',
    generated_from: null,
    last4: token.last4,
    networks: { available: [brand], preferred: null },
    three_d_secure_usage: { supported: true },
    wallet: null,
    regulated_status: 'unregulated',
  } satisfies Stripe.PaymentMethod.Card;
}

export function sepaDetails(token: TestToken): Stripe.PaymentMethod.SepaDebit {
  return {
    bank_code: '37040044',
    branch_code: '',
    country: 'DE',
    fingerprint: `Dbl${token.last4}sepa`,
    generated_from: { charge: null, setup_attempt: null },
    last4: token.last4,
  } satisfies Stripe.PaymentMethod.SepaDebit;
}
