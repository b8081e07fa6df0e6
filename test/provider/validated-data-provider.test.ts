import { createValidatedDataProvider } from 'subscription-kit';
import { BillingError } from 'subscription-kit/core';
import { createDemoBillingData, createTestDataProvider } from 'subscription-kit/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';

const { invoices, plans } = createDemoBillingData({ invoiceCount: 5 });

describe('given a provider that returns a float amount on the fourth invoice', () => {
  it('rejects with invalid_response naming the field path', async () => {
    const broken = structuredClone(invoices);
    if (broken[3]) broken[3].total.amount = 190.5;
    const provider = createValidatedDataProvider(
      createTestDataProvider({ listInvoices: async () => ({ data: broken, nextCursor: null }) }),
    );
    await expect(provider.listInvoices?.({ cursor: null, limit: 10 })).rejects.toMatchObject({
      name: 'BillingError',
      code: 'invalid_response',
      details: {
        method: 'listInvoices',
        path: 'page.data[3].total.amount',
        expected: 'integer minor units (19000 for 190.00)',
      },
    });
  });
});

describe('given malformed results', () => {
  it.each([
    [
      'a lower-case currency',
      () => [{ ...plans[0], prices: { month: { amount: 100, currency: 'eur' } } }],
      'catalog[0].prices.month.currency',
    ],
    ['a missing plan name', () => [{ ...plans[0], name: undefined }], 'catalog[0].name'],
    ['an object instead of a list', () => ({ plans }), 'catalog'],
  ])('names the bad field of %s', async (_, result, path) => {
    const provider = createValidatedDataProvider(
      createTestDataProvider({ getCatalog: async () => result() as never }),
    );
    await expect(provider.getCatalog({})).rejects.toMatchObject({
      code: 'invalid_response',
      details: { path },
    });
  });

  it('refuses a javascript: link as an invoice PDF', async () => {
    const provider = createValidatedDataProvider(
      createTestDataProvider({ getInvoicePdf: async () => ({ type: 'url', url: 'javascript:alert(1)' }) }),
    );
    await expect(provider.getInvoicePdf?.({ invoiceId: 'in_1' })).rejects.toMatchObject({
      code: 'invalid_response',
      details: { path: 'pdf.url' },
    });
  });

  it('refuses two default payment methods', async () => {
    const card = {
      type: 'card',
      brand: 'visa',
      last4: '4242',
      expMonth: 1,
      expYear: 2030,
      isDefault: true,
    } as const;
    const provider = createValidatedDataProvider(
      createTestDataProvider({
        listPaymentMethods: async () => [
          { ...card, id: 'a' },
          { ...card, id: 'b' },
        ],
      }),
    );
    await expect(provider.listPaymentMethods?.({})).rejects.toMatchObject({ code: 'invalid_response' });
  });
});

describe('given a well-formed result', () => {
  it('resolves with an equal copy of it, which the components may keep', async () => {
    const provider = createValidatedDataProvider(createTestDataProvider({ getCatalog: async () => plans }));
    const catalog = await provider.getCatalog({});
    expect(catalog).toEqual(plans);
    expect(catalog).not.toBe(plans);
  });
});

describe('given a provider that throws', () => {
  it('turns a plain error into unknown, keeping it as the cause', async () => {
    const cause = new Error('database is down');
    const provider = createValidatedDataProvider(
      createTestDataProvider({ getAccount: () => Promise.reject(cause) }),
    );
    await expect(provider.getAccount({})).rejects.toMatchObject({
      code: 'unknown',
      message: 'database is down',
      cause,
    });
  });

  it('turns a synchronous throw into a rejection, not an exception at the call', async () => {
    const provider = createValidatedDataProvider(
      createTestDataProvider({
        getAccount: () => {
          throw new Error('config missing');
        },
      }),
    );
    const pending = provider.getAccount({});
    await expect(pending).rejects.toMatchObject({ code: 'unknown', message: 'config missing' });
  });

  it('keeps a thrown string as the message, and says when null was thrown', async () => {
    const provider = createValidatedDataProvider(
      createTestDataProvider({
        getAccount: () => Promise.reject('database is down'),
        getCatalog: () => Promise.reject(null),
      }),
    );
    await expect(provider.getAccount({})).rejects.toMatchObject({
      code: 'unknown',
      message: 'database is down',
    });
    await expect(provider.getCatalog({})).rejects.toMatchObject({
      code: 'unknown',
      message: 'The provider rejected with null instead of an Error',
    });
  });

  it('turns a failed fetch (TypeError) into a retryable network error', async () => {
    const provider = createValidatedDataProvider(
      createTestDataProvider({ getAccount: () => Promise.reject(new TypeError('fetch failed')) }),
    );
    await expect(provider.getAccount({})).rejects.toMatchObject({ code: 'network', retryable: true });
  });

  it('passes a BillingError and an AbortError through unchanged', async () => {
    const declined = new BillingError('payment_declined');
    const controller = new AbortController();
    controller.abort();
    const provider = createValidatedDataProvider(
      createTestDataProvider({
        changePlan: () => Promise.reject(declined),
        getCatalog: ({ signal }) => Promise.reject(signal?.reason),
      }),
    );
    await expect(
      provider.changePlan({
        planId: 'p',
        interval: 'month',
        expectedAmountDue: { amount: 0, currency: 'EUR' },
        idempotencyKey: 'k',
      }),
    ).rejects.toBe(declined);
    await expect(provider.getCatalog({ signal: controller.signal })).rejects.toBe(controller.signal.reason);
  });
});

describe('given a provider without some capabilities', () => {
  it('leaves the missing optional methods absent', () => {
    const provider = createValidatedDataProvider(
      createTestDataProvider({ listInvoices: undefined, removePaymentMethod: undefined }),
    );
    expect('listInvoices' in provider).toBe(false);
    expect(provider.removePaymentMethod).toBeUndefined();
    expect(typeof provider.getInvoice).toBe('function');
  });

  it('refuses at once a provider without a required method', () => {
    expect(() => createValidatedDataProvider(createTestDataProvider({ getCatalog: undefined }))).toThrow(
      'The data provider has no `getCatalog` method',
    );
  });

  it('returns an already validated provider as it is', () => {
    const provider = createValidatedDataProvider(createTestDataProvider());
    expect(createValidatedDataProvider(provider)).toBe(provider);
  });
});

describe('given a provider whose reads never answer', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('rejects a read after 30 s with a retryable network error, and not a moment sooner', async () => {
    vi.useFakeTimers();
    const provider = createValidatedDataProvider(
      createTestDataProvider({ getCatalog: () => new Promise<never>(() => undefined) }),
    );
    const outcome = provider.getCatalog({}).then(
      () => 'answered',
      (error: unknown) => error,
    );
    await vi.advanceTimersByTimeAsync(29_999);
    await expect(Promise.race([outcome, Promise.resolve('pending')])).resolves.toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    const error = await outcome;
    expect(error).toBeInstanceOf(BillingError);
    expect(error).toMatchObject({
      code: 'network',
      retryable: true,
      details: { reason: 'timeout', method: 'getCatalog' },
    });
  });

  it('never cuts a write short: its outcome would be unknown', async () => {
    vi.useFakeTimers();
    const provider = createValidatedDataProvider(
      createTestDataProvider({ changePlan: () => new Promise<never>(() => undefined) }),
    );
    let settled = false;
    provider
      .changePlan({
        planId: 'ecommerce-scale',
        interval: 'month',
        idempotencyKey: 'sk_1',
        expectedAmountDue: { amount: 30000, currency: 'EUR' },
      })
      .then(
        () => {
          settled = true;
        },
        () => {
          settled = true;
        },
      );
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(settled).toBe(false);
  });

  it('leaves no timer behind once a read has answered', async () => {
    vi.useFakeTimers();
    const provider = createValidatedDataProvider(createTestDataProvider({ getCatalog: async () => plans }));
    await provider.getCatalog({});
    expect(vi.getTimerCount()).toBe(0);
  });
});
