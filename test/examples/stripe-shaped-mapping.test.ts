import { createValidatedDataProvider } from 'subscription-kit';
import { isBillingError } from 'subscription-kit/core';
import { describe, expect, it } from 'vitest';
import {
  createStripeShapedBackend,
  type StripeShapedData,
  StripeShapedError,
} from '../../examples/stripe-shaped-provider/create-stripe-shaped-backend';
import {
  createStripeShapedProvider,
  currencyFromStripe,
  isoFromUnix,
  limitFromMetadata,
  listFromMetadata,
  moneyFromStripe,
  type StripeShapedDataProvider,
  toBillingError,
  unixFromIso,
} from '../../examples/stripe-shaped-provider/create-stripe-shaped-provider';
import {
  createStripeShapedTestData,
  stripeShapedTestCustomerId,
  stripeShapedTestNow,
  stripeShapedTestSeller,
} from '../../examples/stripe-shaped-provider/create-stripe-shaped-test-data';

/**
 * The provider as the components get it, every result validated at the boundary (the wrapper keeps
 * exactly the methods of the provider it wraps).
 */
function createProvider(change: (data: StripeShapedData) => void = () => {}): StripeShapedDataProvider {
  const data = createStripeShapedTestData();
  change(data);
  const now = () => stripeShapedTestNow;
  return createValidatedDataProvider(
    createStripeShapedProvider({
      stripe: createStripeShapedBackend({ data, now }),
      customerId: stripeShapedTestCustomerId,
      seller: stripeShapedTestSeller,
      now,
    }),
  ) as StripeShapedDataProvider;
}

function payWithCard(last4: string) {
  return (data: StripeShapedData) => {
    const card = data.paymentMethods.find((method) => method.id === 'pm_NordlysVisa')?.card;
    if (card) card.last4 = last4;
  };
}

/** A change's params as the components send them: with the amount due its preview shows now. */
async function confirmed(
  provider: StripeShapedDataProvider,
  params: { planId: string; interval: 'month' | 'year'; idempotencyKey: string },
) {
  const { amountDue } = await provider.previewChange({ planId: params.planId, interval: params.interval });
  return { ...params, expectedAmountDue: amountDue };
}

async function rejectionOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('resolved instead of rejecting');
}

describe('given Stripe-shaped values', () => {
  it('writes a lower-case currency in upper case', () => {
    expect(currencyFromStripe('eur')).toBe('EUR');
    expect(moneyFromStripe(19000, 'dkk')).toEqual({ amount: 19000, currency: 'DKK' });
  });

  it('keeps cents as integer minor units', () => {
    expect(moneyFromStripe(4900, 'eur').amount).toBe(4900);
  });

  it('turns unix seconds into an ISO 8601 instant with time and offset, and back', () => {
    expect(isoFromUnix(1772323200)).toBe('2026-03-01T00:00:00Z');
    expect(unixFromIso('2026-03-01T00:00:00Z')).toBe(1772323200);
    expect(unixFromIso(new Date('2026-03-01T00:00:00.900Z'))).toBe(1772323200);
  });

  it('reads "unlimited" as a null limit and a number string as a number', () => {
    expect(limitFromMetadata('unlimited')).toBeNull();
    expect(limitFromMetadata('50000')).toBe(50000);
  });

  it('leaves a missing or malformed limit for the boundary to report', () => {
    expect(limitFromMetadata(undefined)).toBeNaN();
    expect(limitFromMetadata('50k')).toBeNaN();
  });

  it('splits comma-separated metadata into codes', () => {
    expect(listFromMetadata('zendesk, freshdesk')).toEqual(['zendesk', 'freshdesk']);
    expect(listFromMetadata('')).toEqual([]);
    expect(listFromMetadata(undefined)).toEqual([]);
  });
});

describe('given a Stripe-shaped error', () => {
  const cases: [StripeShapedError, string][] = [
    [
      new StripeShapedError('card_error', 'Declined', {
        code: 'card_declined',
        decline_code: 'generic_decline',
      }),
      'payment_declined',
    ],
    [
      new StripeShapedError('card_error', 'Declined', {
        code: 'card_declined',
        decline_code: 'insufficient_funds',
      }),
      'insufficient_funds',
    ],
    [new StripeShapedError('card_error', 'Expired', { code: 'expired_card' }), 'card_expired'],
    [
      new StripeShapedError('card_error', '3-D Secure', { code: 'authentication_required' }),
      'authentication_required',
    ],
    [
      new StripeShapedError('invalid_request_error', 'No such invoice', { code: 'resource_missing' }),
      'not_found',
    ],
    [new StripeShapedError('rate_limit_error', 'Slow down'), 'rate_limited'],
    [new StripeShapedError('authentication_error', 'Bad key'), 'unauthorized'],
    [new StripeShapedError('idempotency_error', 'Other parameters'), 'unknown'],
  ];

  it.each(cases)('maps %s to its BillingError code', (error, code) => {
    expect(toBillingError(error).code).toBe(code);
  });

  it('says when an idempotency key was reused with other parameters', () => {
    const error = toBillingError(new StripeShapedError('idempotency_error', 'Other parameters'));
    expect(error.details).toEqual({ reason: 'idempotency_key_reused' });
  });

  it('marks a rate limit as retryable and a decline as not', () => {
    expect(toBillingError(new StripeShapedError('rate_limit_error', 'Slow down')).retryable).toBe(true);
    expect(
      toBillingError(new StripeShapedError('card_error', 'No', { code: 'card_declined' })).retryable,
    ).toBe(false);
  });
});

describe('given the test customer', () => {
  it('lists plans with upper-case prices and unlimited limits as null', async () => {
    const catalog = await createProvider().getCatalog({});
    const scale = catalog.find((plan) => plan.id === 'prod_support_scale');
    expect(scale?.prices).toEqual({
      month: { amount: 99000, currency: 'EUR' },
      year: { amount: 990000, currency: 'EUR' },
    });
    expect(scale?.limits).toEqual({
      conversations: null,
      documents: null,
      assistants: 20,
      seats: null,
      aiTokens: null,
    });
    expect(catalog.find((plan) => plan.id === 'prod_support_voice')?.availability).toEqual({
      assistantConfigurations: ['voice'],
    });
  });

  it('shows the subscription with ISO instants', async () => {
    expect(await createProvider().getSubscription({})).toEqual({
      id: 'sub_Nordlys01',
      planId: 'prod_support_pro',
      interval: 'month',
      status: 'active',
      currentPeriod: { start: '2026-03-01T00:00:00Z', end: '2026-04-01T00:00:00Z' },
      billingAnchor: '2025-01-01T00:00:00Z',
      scheduledChange: null,
    });
  });

  it('counts usage over the current period only, with the trial on its own', async () => {
    const account = await createProvider().getAccount({});
    expect(account.usage).toEqual({
      conversations: 8200,
      documents: 6000,
      assistants: 2,
      seats: 4,
      aiTokens: 1_400_000,
    });
    expect(account.trialUsage).toEqual({
      start: '2024-12-18T09:30:00Z',
      end: '2025-01-01T00:00:00Z',
      usage: { conversations: 3100, documents: 1200 },
    });
    expect(account.country).toBe('DK');
  });

  it('previews an upgrade with a credit and a charge that add up, tax excluded', async () => {
    const preview = await createProvider().previewChange({ planId: 'prod_support_scale', interval: 'month' });
    expect(preview.kind).toBe('upgrade');
    expect(preview.lines.map((line) => [line.kind, line.amount.amount])).toEqual([
      ['credit', -33984],
      ['charge', 68661],
    ]);
    expect(preview.amountDue).toEqual({ amount: 34677, currency: 'EUR' });
  });

  it('applies a change from month to year at once, starting a yearly period', async () => {
    const preview = await createProvider().previewChange({ planId: 'prod_support_pro', interval: 'year' });
    expect(preview.kind).toBe('interval_change');
    expect(preview.effectiveAt).toBe('2026-03-10T12:00:00Z');
    expect(preview.lines.map((line) => [line.kind, line.amount.amount, line.period.end])).toEqual([
      ['credit', -33984, '2026-04-01T00:00:00Z'],
      ['charge', 490000, '2027-03-10T12:00:00Z'],
    ]);
  });

  it('prints the invoice with its VAT and the seller', async () => {
    const invoice = await createProvider().getInvoice({ invoiceId: 'in_Nordlys0015' });
    expect(invoice.issuedAt).toBe('2026-03-01T00:00:00Z');
    expect(invoice.taxes).toEqual([
      {
        name: 'VAT',
        ratePercent: 25,
        taxableAmount: { amount: 49000, currency: 'EUR' },
        amount: { amount: 12250, currency: 'EUR' },
      },
    ]);
    expect(invoice.seller).toEqual(stripeShapedTestSeller);
    expect(invoice.customer.addressLines).toEqual(['Vestergade 12', '8000 Aarhus C']);
  });

  it('marks the default payment method from the customer and reads the SEPA mandate', async () => {
    const methods = await createProvider().listPaymentMethods({});
    expect(methods.map((method) => [method.id, method.isDefault])).toEqual([
      ['pm_NordlysSepa', false],
      ['pm_NordlysMastercard', false],
      ['pm_NordlysVisa', true],
    ]);
    expect(methods[0]).toMatchObject({ ibanLast4: '3000', mandateReference: 'NORDLYS-SEPA-0001' });
  });
});

describe('given a yearly subscription', () => {
  function onYearlyPro(data: StripeShapedData) {
    const item = data.subscriptions[0]?.items.data[0];
    const yearly = data.prices.find((price) => price.id === 'price_support_pro_yearly');
    if (!item || !yearly) throw new Error('the test data has changed');
    item.price = yearly;
    item.current_period_start = unixFromIso('2025-06-01T00:00:00Z');
    item.current_period_end = unixFromIso('2026-06-01T00:00:00Z');
  }

  it('schedules the change to monthly billing for the end of the year', async () => {
    const provider = createProvider(onYearlyPro);
    const preview = await provider.previewChange({ planId: 'prod_support_pro', interval: 'month' });
    expect(preview).toMatchObject({
      kind: 'interval_change',
      effectiveAt: '2026-06-01T00:00:00Z',
      lines: [],
    });
    const result = await provider.changePlan(
      await confirmed(provider, {
        planId: 'prod_support_pro',
        interval: 'month',
        idempotencyKey: 'monthly-1',
      }),
    );
    expect(result.status === 'complete' && result.subscription.scheduledChange).toEqual({
      planId: 'prod_support_pro',
      interval: 'month',
      effectiveAt: '2026-06-01T00:00:00Z',
    });
  });
});

describe('given a card that declines for lack of funds', () => {
  it('rejects the upgrade with insufficient_funds and keeps the plan', async () => {
    const provider = createProvider(payWithCard('9995'));
    const error = await rejectionOf(
      provider.changePlan(
        await confirmed(provider, {
          planId: 'prod_support_scale',
          interval: 'month',
          idempotencyKey: 'upgrade-1',
        }),
      ),
    );
    expect(isBillingError(error) && error.code).toBe('insufficient_funds');
    expect((await provider.getSubscription({}))?.planId).toBe('prod_support_pro');
  });
});

describe('given an expired card', () => {
  it('rejects the upgrade with card_expired', async () => {
    const provider = createProvider(payWithCard('0069'));
    const error = await rejectionOf(
      provider.changePlan(
        await confirmed(provider, {
          planId: 'prod_support_scale',
          interval: 'month',
          idempotencyKey: 'upgrade-1',
        }),
      ),
    );
    expect(isBillingError(error) && error.code).toBe('card_expired');
  });
});

describe('given a card that needs 3-D Secure', () => {
  it('answers with the page where the customer confirms, and changes nothing yet', async () => {
    const provider = createProvider(payWithCard('3184'));
    const result = await provider.changePlan(
      await confirmed(provider, {
        planId: 'prod_support_scale',
        interval: 'month',
        idempotencyKey: 'upgrade-1',
      }),
    );
    expect(result).toEqual({
      status: 'requires_action',
      actionUrl: expect.stringMatching(/^https:\/\//),
    });
    expect((await provider.getSubscription({}))?.planId).toBe('prod_support_pro');
  });
});

describe('given a declined upgrade retried with the same key after the card is replaced', () => {
  it('applies the upgrade', async () => {
    const provider = createProvider(payWithCard('0002'));
    const params = await confirmed(provider, {
      planId: 'prod_support_scale',
      interval: 'month',
      idempotencyKey: 'upgrade-1',
    });
    const error = await rejectionOf(provider.changePlan(params));
    expect(isBillingError(error) && error.code).toBe('payment_declined');
    await provider.setDefaultPaymentMethod({
      paymentMethodId: 'pm_NordlysMastercard',
      idempotencyKey: 'default-1',
    });
    const result = await provider.changePlan(params);
    expect(result.status === 'complete' && result.subscription.planId).toBe('prod_support_scale');
  });
});
