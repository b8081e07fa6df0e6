import {
  type BillingError,
  type BillingInterval,
  type Invoice,
  isBillingError,
  money,
} from 'subscription-kit/core';
import {
  createDemoBillingData,
  createMemoryDataProvider,
  demoCustomers,
  demoNow,
  type MemoryDataProviderOptions,
} from 'subscription-kit/testing';
import { describe, expect, it } from 'vitest';

const fixedClock = () => demoNow;

function createProvider(options: MemoryDataProviderOptions = {}) {
  return createMemoryDataProvider({ now: fixedClock, ...options });
}

/** A change's params as the components send them: with the amount due its preview shows now. */
async function confirmed(
  provider: ReturnType<typeof createProvider>,
  params: { planId: string; interval: BillingInterval; idempotencyKey: string },
) {
  const { amountDue } = await provider.previewChange({ planId: params.planId, interval: params.interval });
  return { ...params, expectedAmountDue: amountDue };
}

async function rejectionOf(promise: Promise<unknown>): Promise<BillingError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (reason: unknown) => reason,
  );
  if (!isBillingError(error)) throw error;
  return error;
}

async function newestInvoice(provider: ReturnType<typeof createProvider>): Promise<Invoice> {
  const page = await provider.listInvoices({ cursor: null, limit: 1 });
  const [invoice] = page.data;
  if (!invoice) throw new Error('no invoice');
  return invoice;
}

describe('given the demo account on Support Scale, mid-period', () => {
  it('applies an upgrade at once and invoices the proration its preview showed', async () => {
    const provider = createProvider();
    const preview = await provider.previewChange({ planId: 'enterprise', interval: 'month' });
    const result = await provider.changePlan(
      await confirmed(provider, { planId: 'enterprise', interval: 'month', idempotencyKey: 'k1' }),
    );

    expect(preview.kind).toBe('upgrade');
    expect(preview.effectiveAt).toBe(demoNow.toISOString());
    expect(result).toMatchObject({
      status: 'complete',
      subscription: { planId: 'enterprise', scheduledChange: null },
    });
    const invoice = await newestInvoice(provider);
    expect(invoice.lines.map((line) => [line.kind, line.amount])).toEqual(
      preview.lines.map((line) => ['proration', line.amount]),
    );
    expect(invoice.subtotal).toEqual(preview.amountDue);
    expect(preview.lines[0]?.amount.amount).toBeLessThan(0);
  });

  it('invoices a Swedish business with a VAT ID under reverse charge', async () => {
    const provider = createProvider();
    await provider.changePlan(
      await confirmed(provider, { planId: 'enterprise', interval: 'month', idempotencyKey: 'k1' }),
    );
    const invoice = await newestInvoice(provider);
    expect(invoice.reverseCharge).toBe(true);
    expect(invoice.taxes).toEqual([
      {
        name: 'VAT',
        ratePercent: 0,
        taxableAmount: invoice.subtotal,
        amount: { amount: 0, currency: 'EUR' },
      },
    ]);
    expect(invoice.total).toEqual(invoice.subtotal);
    expect(invoice.amountDue.amount + invoice.amountPaid.amount).toBe(invoice.total.amount);
  });

  it('schedules a downgrade for the end of the period, and cancels it', async () => {
    const provider = createProvider();
    const result = await provider.changePlan(
      await confirmed(provider, { planId: 'ecommerce-basic', interval: 'month', idempotencyKey: 'k1' }),
    );
    expect(result).toMatchObject({
      status: 'complete',
      subscription: {
        planId: 'support-scale',
        scheduledChange: {
          planId: 'ecommerce-basic',
          interval: 'month',
          effectiveAt: '2026-04-05T10:00:00.000Z',
        },
      },
    });
    const cancelled = await provider.cancelScheduledChange({ idempotencyKey: 'k2' });
    expect(cancelled).toMatchObject({ planId: 'support-scale', scheduledChange: null });
  });

  it('applies the scheduled downgrade once the clock passes the end of the period', async () => {
    let now = demoNow;
    const provider = createMemoryDataProvider({ now: () => now });
    const before = (await provider.listInvoices({ cursor: null, limit: 100 })).data.length;
    now = new Date('2026-04-06T00:00:00.000Z');
    const subscription = await provider.getSubscription({});
    expect(subscription).toMatchObject({
      planId: 'support-basic',
      scheduledChange: null,
      currentPeriod: { start: '2026-04-05T10:00:00.000Z', end: '2026-05-05T10:00:00.000Z' },
    });
    const invoices = await provider.listInvoices({ cursor: null, limit: 100 });
    expect(invoices.data).toHaveLength(before + 1);
    expect(invoices.data[0]?.lines[0]).toMatchObject({
      kind: 'subscription',
      description: 'Support Basic, monthly',
    });
  });

  it('rejects a plan the account cannot get with plan_unavailable and the reasons', async () => {
    const provider = createProvider();
    const error = await rejectionOf(
      provider.changePlan({
        planId: 'support-voice',
        interval: 'month',
        idempotencyKey: 'k1',
        expectedAmountDue: money(0, 'EUR'),
      }),
    );
    expect(error.code).toBe('plan_unavailable');
    expect(error.details?.reasons).toEqual([
      { code: 'assistant_config', params: { configuration: 'chat', supported: ['voice'] } },
    ]);
  });

  it('moves from monthly to yearly billing at once, with a new period and anchor', async () => {
    const provider = createProvider();
    const preview = await provider.previewChange({ planId: 'support-scale', interval: 'year' });
    const result = await provider.changePlan(
      await confirmed(provider, { planId: 'support-scale', interval: 'year', idempotencyKey: 'k1' }),
    );
    expect(preview.kind).toBe('interval_change');
    expect(preview.amountDue.amount).toBe(
      Math.max(0, (preview.lines[0]?.amount.amount ?? 0) + (preview.lines[1]?.amount.amount ?? 0)),
    );
    expect(result).toMatchObject({
      subscription: {
        interval: 'year',
        billingAnchor: demoNow.toISOString(),
        currentPeriod: { start: demoNow.toISOString(), end: '2027-03-16T09:00:00.000Z' },
      },
    });
  });
});

describe('given Ecommerce Basic with 45,000 conversations ten days into the period', () => {
  const data = createDemoBillingData({ account: 'nearLimit' });
  const finished = {
    start: '2026-03-06T09:00:00.000Z',
    usage: { conversations: 45_000, aiTokens: 2_500_000 },
  };

  it("starts a restarted period's conversations and AI tokens at zero, and keeps the finished ones as the previous period's", async () => {
    const provider = createProvider({ data });
    await provider.changePlan(
      await confirmed(provider, { planId: 'ecommerce-basic', interval: 'year', idempotencyKey: 'k1' }),
    );
    expect(await provider.getAccount({})).toMatchObject({
      usage: { conversations: 0, documents: 850, assistants: 2, seats: 3, aiTokens: 0 },
      previousPeriodUsage: { ...finished, end: demoNow.toISOString() },
    });
  });

  it('keeps counting through an upgrade that keeps the period', async () => {
    const provider = createProvider({ data });
    await provider.changePlan(
      await confirmed(provider, { planId: 'ecommerce-scale', interval: 'month', idempotencyKey: 'k1' }),
    );
    const account = await provider.getAccount({});
    expect(account.usage?.conversations).toBe(45_000);
    expect(account.previousPeriodUsage).toBeUndefined();
  });

  it('starts the flows at zero when the period renews', async () => {
    let now = demoNow;
    const provider = createProvider({ data, now: () => now });
    now = new Date('2026-04-07T00:00:00.000Z');
    await provider.getSubscription({});
    expect(await provider.getAccount({})).toMatchObject({
      usage: { conversations: 0, documents: 850, aiTokens: 0 },
      previousPeriodUsage: { ...finished, end: '2026-04-06T09:00:00.000Z' },
    });
  });
});

describe('given an account whose usage blocks the downgrade', () => {
  const data = createDemoBillingData({ account: 'blockedDowngrade' });

  it('previews the blockers and rejects the change with them, changing nothing', async () => {
    const provider = createProvider({ data });
    const preview = await provider.previewChange({ planId: 'ecommerce-basic', interval: 'month' });
    const error = await rejectionOf(
      provider.changePlan(
        await confirmed(provider, { planId: 'ecommerce-basic', interval: 'month', idempotencyKey: 'k1' }),
      ),
    );

    expect(preview.blockers.map((blocker) => blocker.code)).toEqual([
      'over_usage_limits',
      'over_usage_limits',
      'over_usage_limits',
      'feature_in_use',
      'feature_in_use',
    ]);
    expect(error.code).toBe('over_usage_limits');
    expect(error.details?.blockers).toEqual(preview.blockers);
    expect(await provider.getSubscription({})).toEqual(data.subscription);
  });
});

describe('given customers in different countries', () => {
  it.each([
    ['a Danish business', 'ecommerceTrial', 25],
    ['a French consumer', 'unknownTemplate', 20],
    ['a German business without a VAT ID', 'blockedDowngrade', 19],
  ] as const)('charges %s the VAT of its country', async (_, account, rate) => {
    const provider = createProvider({ data: { customer: demoCustomers[account] } });
    await provider.changePlan(
      await confirmed(provider, { planId: 'enterprise', interval: 'month', idempotencyKey: 'k1' }),
    );
    const invoice = await newestInvoice(provider);
    expect(invoice.taxes[0]?.ratePercent).toBe(rate);
    expect(invoice.taxes[0]?.amount.amount).toBe(Math.round((invoice.subtotal.amount * rate) / 100));
    expect(invoice.reverseCharge).toBe(false);
  });

  it('charges a Spanish consumer 21 % and a Norwegian business no VAT at all', async () => {
    const spanish = createProvider({
      data: {
        customer: {
          name: 'Ana',
          addressLines: ['Calle Mayor 1', '28013 Madrid'],
          country: 'ES',
          vatId: null,
        },
      },
    });
    const norwegian = createProvider({ data: { customer: demoCustomers.beyondCatalog } });
    for (const provider of [spanish, norwegian]) {
      await provider.changePlan(
        await confirmed(provider, { planId: 'enterprise', interval: 'month', idempotencyKey: 'k1' }),
      );
    }
    expect((await newestInvoice(spanish)).taxes[0]?.ratePercent).toBe(21);
    expect((await newestInvoice(norwegian)).taxes).toEqual([]);
  });
});

describe('given a repeated idempotency key', () => {
  it('returns the first result and changes the plan once, also for simultaneous calls', async () => {
    const provider = createProvider();
    const params = await confirmed(provider, {
      planId: 'enterprise',
      interval: 'month',
      idempotencyKey: 'double-click',
    });
    const [first, second] = await Promise.all([provider.changePlan(params), provider.changePlan(params)]);
    const third = await provider.changePlan(params);

    expect(second).toEqual(first);
    expect(third).toEqual(first);
    expect(provider.calls.changePlan).toBe(3);
    const invoices = await provider.listInvoices({ cursor: null, limit: 100 });
    expect(invoices.data.filter((invoice) => invoice.lines[0]?.kind === 'proration')).toHaveLength(1);
  });

  it('refuses the key for a different request', async () => {
    const provider = createProvider();
    await provider.changePlan(
      await confirmed(provider, { planId: 'enterprise', interval: 'month', idempotencyKey: 'k1' }),
    );
    const error = await rejectionOf(
      provider.changePlan(
        await confirmed(provider, { planId: 'support-basic', interval: 'month', idempotencyKey: 'k1' }),
      ),
    );
    expect(error.details).toEqual({ reason: 'idempotency_key_reused' });
    expect(await provider.getSubscription({})).toMatchObject({ planId: 'enterprise', scheduledChange: null });
  });

  it('lets a retry with the same key succeed after a declined payment, and applies it once', async () => {
    const provider = createProvider({ faults: { changePlan: { fault: 'payment_declined', times: 1 } } });
    const params = await confirmed(provider, {
      planId: 'enterprise',
      interval: 'month',
      idempotencyKey: 'retry',
    });
    const declined = await rejectionOf(provider.changePlan(params));
    expect(declined.code).toBe('payment_declined');
    expect(await provider.getSubscription({})).toMatchObject({ planId: 'support-scale' });

    await provider.changePlan(params);
    await provider.changePlan(params);
    expect(await provider.getSubscription({})).toMatchObject({ planId: 'enterprise' });
  });
});

describe('given an expired default card', () => {
  it('rejects an upgrade with card_expired and keeps the plan', async () => {
    const provider = createProvider();
    await provider.setDefaultPaymentMethod({
      paymentMethodId: 'pm_mastercard_expired',
      idempotencyKey: 'k1',
    });
    const error = await rejectionOf(
      provider.changePlan(
        await confirmed(provider, { planId: 'enterprise', interval: 'month', idempotencyKey: 'k2' }),
      ),
    );
    expect(error.code).toBe('card_expired');
    expect(await provider.getSubscription({})).toMatchObject({ planId: 'support-scale' });
  });
});

describe('given payment methods', () => {
  it('refuses bank transfer below an enterprise plan and allows it on one', async () => {
    const provider = createProvider();
    const refused = await rejectionOf(
      provider.startAddPaymentMethod({ type: 'bank_transfer', idempotencyKey: 'k1' }),
    );
    expect(refused.code).toBe('plan_unavailable');
    expect(refused.details).toEqual({ reason: 'bank_transfer_requires_enterprise' });

    const enterprise = createProvider({ data: createDemoBillingData({ account: 'beyondCatalog' }) });
    expect(
      await enterprise.startAddPaymentMethod({ type: 'bank_transfer', idempotencyKey: 'k1' }),
    ).toMatchObject({
      type: 'host_form',
    });
  });

  it('refuses to remove the default method while the paid subscription needs it', async () => {
    const provider = createProvider();
    const error = await rejectionOf(
      provider.removePaymentMethod({ paymentMethodId: 'pm_visa', idempotencyKey: 'k1' }),
    );
    expect(error.code).toBe('payment_method_required');
    const remaining = await provider.removePaymentMethod({
      paymentMethodId: 'pm_sepa',
      idempotencyKey: 'k2',
    });
    expect(remaining.map((method) => method.id)).toEqual(['pm_visa', 'pm_mastercard_expired']);
  });

  it("adds a SEPA mandate once the host's own form completes, and the token works once", async () => {
    const provider = createProvider();
    const started = await provider.startAddPaymentMethod({ type: 'sepa_debit', idempotencyKey: 'k1' });
    if (started.type !== 'host_form') throw new Error('expected a host form');
    const methods = await provider.completeAddPaymentMethod({
      token: started.token,
      last4: '1234',
      makeDefault: true,
    });

    expect(methods.at(-1)).toMatchObject({ type: 'sepa_debit', ibanLast4: '1234', isDefault: true });
    expect(methods.filter((method) => method.isDefault)).toHaveLength(1);
    expect(await provider.listPaymentMethods({})).toEqual(methods);
    expect((await rejectionOf(provider.completeAddPaymentMethod({ token: started.token }))).code).toBe(
      'not_found',
    );
  });
});

describe('given injected faults', () => {
  it('rejects with the fault code, once when asked, then works', async () => {
    const provider = createProvider({ faults: { getCatalog: { fault: 'network', times: 1 } } });
    const error = await rejectionOf(provider.getCatalog({}));
    expect(error).toMatchObject({ code: 'network', retryable: true });
    expect(await provider.getCatalog({})).toHaveLength(6);
  });

  it('applies a write that times out, so a retry with its key returns the result', async () => {
    const provider = createProvider({ faults: { changePlan: { fault: 'timeout', times: 1 } } });
    const params = await confirmed(provider, {
      planId: 'enterprise',
      interval: 'month',
      idempotencyKey: 'k1',
    });
    const error = await rejectionOf(provider.changePlan(params));
    expect(error).toMatchObject({ code: 'network', details: { reason: 'timeout' } });
    expect(await provider.changePlan(params)).toMatchObject({ subscription: { planId: 'enterprise' } });
  });

  it('answers a payment step for requires_action, and a float amount for malformed', async () => {
    const provider = createProvider({ faults: { changePlan: 'requires_action', getCatalog: 'malformed' } });
    expect(
      await provider.changePlan(
        await confirmed(provider, { planId: 'enterprise', interval: 'month', idempotencyKey: 'k1' }),
      ),
    ).toEqual({
      status: 'requires_action',
      actionUrl: 'https://payments.example.com/authenticate',
    });
    const [plan] = await provider.getCatalog({});
    expect(Number.isInteger(plan?.prices.month.amount)).toBe(false);
    provider.setFault('getCatalog', null);
    expect(Number.isInteger((await provider.getCatalog({}))[0]?.prices.month.amount)).toBe(true);
  });
});

describe('given a delay', () => {
  it('rejects a read with the AbortError when its signal aborts while waiting', async () => {
    const provider = createProvider({ delay: { getCatalog: 10_000 } });
    const controller = new AbortController();
    const pending = provider.getCatalog({ signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('given a test counting calls', () => {
  it('counts every call per method and reports each to onCall', async () => {
    const seen: string[] = [];
    const provider = createProvider({ onCall: ({ method }) => seen.push(method) });
    await provider.getCatalog({});
    await provider.getCatalog({});
    await provider.getAccount({});
    expect(provider.calls).toMatchObject({ getCatalog: 2, getAccount: 1, changePlan: 0 });
    expect(seen).toEqual(['getCatalog', 'getCatalog', 'getAccount']);
  });
});

describe('given data passed in and results handed out', () => {
  it('neither mutates the data passed nor lets a caller mutate its state', async () => {
    const data = createDemoBillingData();
    const snapshot = structuredClone(data);
    const provider = createProvider({ data });
    await provider.changePlan(
      await confirmed(provider, { planId: 'enterprise', interval: 'month', idempotencyKey: 'k1' }),
    );
    const catalog = await provider.getCatalog({});
    catalog.pop();

    expect(data).toEqual(snapshot);
    expect(await provider.getCatalog({})).toHaveLength(6);
  });

  it('continues the ids and invoice numbers of the provider whose data it was seeded with', async () => {
    const first = createProvider();
    await first.changePlan(
      await confirmed(first, { planId: 'enterprise', interval: 'month', idempotencyKey: 'k1' }),
    );
    const second = createProvider({ data: first.getData() });
    await second.changePlan(
      await confirmed(second, { planId: 'enterprise', interval: 'year', idempotencyKey: 'k2' }),
    );
    const { invoices } = second.getData();
    expect(new Set(invoices.map((invoice) => invoice.id)).size).toBe(invoices.length);
    expect(new Set(invoices.map((invoice) => invoice.number)).size).toBe(invoices.length);
    expect(invoices.slice(0, 2).map((invoice) => invoice.number)).toEqual(['SK-2026-M0002', 'SK-2026-M0001']);
  });

  it('generates as many invoices as asked, numbered and dated newest first', () => {
    const { invoices } = createDemoBillingData({ invoiceCount: 260 });
    expect(invoices).toHaveLength(260);
    expect(new Set(invoices.map((invoice) => invoice.id)).size).toBe(260);
    expect(invoices[0]).toMatchObject({ status: 'open', number: 'SK-2026-0260' });
    expect(invoices.at(-1)?.issuedAt).toBe('2004-08-05T10:00:00.000Z');
  });
});

describe('given an invoice', () => {
  it('renders it as a one-page PDF named after its number', async () => {
    const provider = createProvider();
    const pdf = await provider.getInvoicePdf({ invoiceId: 'in_0024' });
    if (pdf.type !== 'blob') throw new Error('expected a Blob');
    const text = await pdf.blob.text();
    expect(pdf.fileName).toBe('SK-2026-0024.pdf');
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(text).toContain('(Invoice SK-2026-0024)');
    expect(text).toContain('Reverse charge');
  });
});

/*
 * `changePlan` carries the amount due the customer confirmed; the memory backend charges exactly
 * that amount or refuses with `amount_changed`, changing nothing.
 */

const upgrade = { planId: 'enterprise', interval: 'month' } as const;

/** The demo account on Support Scale, on a clock the test moves. */
function providerOnClock() {
  const clock = { now: demoNow };
  const provider = createMemoryDataProvider({ now: () => clock.now });
  const later = (milliseconds: number) => {
    clock.now = new Date(demoNow.getTime() + milliseconds);
  };
  return { provider, later };
}

async function invoiceCount(provider: ReturnType<typeof createMemoryDataProvider>) {
  return (await provider.listInvoices({ cursor: null, limit: 100 })).data.length;
}

describe('given an upgrade confirmed at another amount than the change would charge', () => {
  it('refuses with amount_changed, names the amount it would charge, and changes nothing', async () => {
    const { provider } = providerOnClock();
    const preview = await provider.previewChange(upgrade);
    const invoicesBefore = await invoiceCount(provider);
    const shown = money(preview.amountDue.amount - 1, preview.amountDue.currency);

    const error = await rejectionOf(
      provider.changePlan({ ...upgrade, idempotencyKey: 'k1', expectedAmountDue: shown }),
    );
    expect(error).toMatchObject({
      code: 'amount_changed',
      retryable: false,
      details: { expectedAmountDue: shown, amountDue: preview.amountDue },
    });
    expect(await provider.getSubscription({})).toMatchObject({ planId: 'support-scale' });
    expect(await invoiceCount(provider)).toBe(invoicesBefore);
  });

  it('refuses the same figure in another currency', async () => {
    const { provider } = providerOnClock();
    const { amountDue } = await provider.previewChange(upgrade);
    const error = await rejectionOf(
      provider.changePlan({
        ...upgrade,
        idempotencyKey: 'k1',
        expectedAmountDue: money(amountDue.amount, 'DKK'),
      }),
    );
    expect(error.code).toBe('amount_changed');
  });

  it('refuses "nothing to pay" for an upgrade that costs something, so no invoice is paid', async () => {
    const { provider } = providerOnClock();
    const invoicesBefore = await invoiceCount(provider);
    const error = await rejectionOf(
      provider.changePlan({ ...upgrade, idempotencyKey: 'k1', expectedAmountDue: money(0, 'EUR') }),
    );
    expect(error.code).toBe('amount_changed');
    expect(await invoiceCount(provider)).toBe(invoicesBefore);
  });

  it('lets the same key through once the customer confirms the new amount', async () => {
    const { provider } = providerOnClock();
    const { amountDue } = await provider.previewChange(upgrade);
    await rejectionOf(
      provider.changePlan({ ...upgrade, idempotencyKey: 'k1', expectedAmountDue: money(0, 'EUR') }),
    );
    const result = await provider.changePlan({
      ...upgrade,
      idempotencyKey: 'k1',
      expectedAmountDue: amountDue,
    });
    expect(result).toMatchObject({ status: 'complete', subscription: { planId: 'enterprise' } });
  });
});

describe('given a change without the amount the customer saw', () => {
  it('refuses it before anything happens', async () => {
    const { provider } = providerOnClock();
    const params = { ...upgrade, idempotencyKey: 'k1' } as Parameters<typeof provider.changePlan>[0];
    const error = await rejectionOf(provider.changePlan(params));
    expect(error).toMatchObject({
      code: 'unknown',
      details: { reason: 'invalid_params', field: 'expectedAmountDue' },
    });
    expect(await provider.getSubscription({})).toMatchObject({ planId: 'support-scale' });
  });
});

describe('given proration that moves with the clock between preview and confirmation', () => {
  it('charges the amount of the preview within half an hour of it', async () => {
    const { provider, later } = providerOnClock();
    const shown = await provider.previewChange(upgrade);
    later(20 * 60 * 1000);
    // What the same change would cost now, asked of a twin backend so the preview shown stays the last.
    const twin = createMemoryDataProvider({
      data: provider.getData(),
      now: () => new Date(demoNow.getTime() + 20 * 60 * 1000),
    });
    expect((await twin.previewChange(upgrade)).amountDue).not.toEqual(shown.amountDue);

    await provider.changePlan({ ...upgrade, idempotencyKey: 'k1', expectedAmountDue: shown.amountDue });
    const [invoice] = (await provider.listInvoices({ cursor: null, limit: 1 })).data;
    expect(invoice?.subtotal).toEqual(shown.amountDue);
    expect(await provider.getSubscription({})).toMatchObject({ planId: 'enterprise' });
  });

  it('refuses the amount of a preview older than half an hour', async () => {
    const { provider, later } = providerOnClock();
    const shown = await provider.previewChange(upgrade);
    later(2 * 60 * 60 * 1000);
    const error = await rejectionOf(
      provider.changePlan({ ...upgrade, idempotencyKey: 'k1', expectedAmountDue: shown.amountDue }),
    );
    expect(error.code).toBe('amount_changed');
    expect(await provider.getSubscription({})).toMatchObject({ planId: 'support-scale' });
  });
});
