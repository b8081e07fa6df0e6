import { type BillingErrorCode, isBillingError, type PlanChangeIntent, type Subscription } from '../core';
import {
  type BillingDataProvider,
  billingCapabilities,
  type DataProviderMethod,
  type InvoicePage,
  type PlanChangePreview,
  requiredDataProviderMethods,
  validateDataProviderResult,
} from '../provider';

/*
 * The conformance kit: named, runner-agnostic checks that throw an Error describing what broke.
 * It never imports a test runner, so it cannot become a runtime dependency of the package.
 */

/** Makes a fresh provider (fresh data) for one check. */
export type DataProviderFactory = () => BillingDataProvider | Promise<BillingDataProvider>;

export interface DataProviderContractOptions {
  /** Your runner's `describe`; falls back to a global `describe`. */
  describe?: ((name: string, body: () => void) => unknown) | undefined;
  /** Your runner's `it` (or `test`); falls back to a global `it`. */
  it?: ((name: string, body: () => Promise<void>) => unknown) | undefined;
  /** The upgrade to try; by default the first one the previews of the catalog offer without blockers. */
  upgrade?: PlanChangeIntent | undefined;
  /** The downgrade to try; by default the first one the previews offer without blockers. */
  downgrade?: PlanChangeIntent | undefined;
  /**
   * Invoices per page when paging.
   * @default 10
   */
  pageSize?: number | undefined;
  /**
   * Fail a check whose scenario the data lacks (a blocked downgrade, an unavailable plan, a second
   * payment method) instead of passing it; turn it on once your fixture has them all.
   * @default false
   */
  requireEveryScenario?: boolean | undefined;
}

/** What a check works with. */
export interface DataProviderContractContext {
  /** A provider made for this check alone. */
  provider: BillingDataProvider;
  options: DataProviderContractOptions;
  /** A new, unique idempotency key. */
  idempotencyKey(): string;
}

/** One behaviour of the contract. */
export interface DataProviderContractCheck {
  /** The behaviour, phrased to follow "the provider …", e.g. `applies an upgrade immediately`. */
  name: string;
  run(context: DataProviderContractContext): Promise<void>;
}

/** The outcome of one check in `runDataProviderContract`. */
export interface DataProviderContractResult {
  name: string;
  passed: boolean;
  error?: Error;
}

/* -------------------------------------------------------------------------------------------------
 * Helpers
 * -----------------------------------------------------------------------------------------------*/

class ContractViolation extends Error {
  override readonly name = 'ContractViolation';
}

function fail(message: string): never {
  throw new ContractViolation(message);
}

function describeValue(value: unknown): string {
  if (isBillingError(value)) return `BillingError '${value.code}'`;
  if (value instanceof Error) return `${value.name} "${value.message}"`;
  return JSON.stringify(value) ?? String(value);
}

function validate(method: DataProviderMethod, value: unknown): void {
  try {
    validateDataProviderResult(method, value);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    const value = await promise;
    return { resolvedWith: value };
  } catch (error) {
    return error;
  }
}

async function expectCode(
  what: string,
  promise: Promise<unknown>,
  codes: readonly BillingErrorCode[],
): Promise<{ details?: Readonly<Record<string, unknown>> | undefined }> {
  const error = await rejection(promise);
  if (!isBillingError(error)) {
    fail(`${what} should reject with BillingError '${codes.join("' or '")}', got ${describeValue(error)}`);
  }
  if (!codes.includes(error.code)) {
    fail(`${what} rejected with '${error.code}' instead of '${codes.join("' or '")}'`);
  }
  return error;
}

async function subscriptionOf(provider: BillingDataProvider): Promise<Subscription> {
  const subscription = await provider.getSubscription({});
  if (!subscription) fail('needs data with a subscription: getSubscription resolved with null');
  return subscription;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function missingScenario(context: DataProviderContractContext, scenario: string): void {
  if (context.options.requireEveryScenario) fail(`needs data with ${scenario}`);
}

/** Every preview of the catalog at the subscription's interval, with the plans that reject. */
async function previewCatalog(provider: BillingDataProvider, interval: Subscription['interval']) {
  const previews: PlanChangePreview[] = [];
  const rejected: { planId: string; error: unknown }[] = [];
  for (const plan of await provider.getCatalog({})) {
    try {
      previews.push(await provider.previewChange({ planId: plan.id, interval }));
    } catch (error) {
      rejected.push({ planId: plan.id, error });
    }
  }
  return { previews, rejected };
}

async function findChange(
  context: DataProviderContractContext,
  kind: 'upgrade' | 'downgrade',
): Promise<PlanChangePreview> {
  const { provider } = context;
  const chosen = context.options[kind];
  if (chosen) {
    const preview = await provider.previewChange(chosen);
    if (preview.kind !== kind) fail(`options.${kind} previews as '${preview.kind}', not '${kind}'`);
    return preview;
  }
  const subscription = await subscriptionOf(provider);
  const { previews } = await previewCatalog(provider, subscription.interval);
  const preview = previews.find((candidate) => candidate.kind === kind && candidate.blockers.length === 0);
  if (!preview) fail(`found no ${kind} without blockers in the catalog; pass options.${kind}`);
  return preview;
}

async function change(context: DataProviderContractContext, preview: PlanChangePreview, key?: string) {
  const result = await context.provider.changePlan({
    planId: preview.planId,
    interval: preview.interval,
    idempotencyKey: key ?? context.idempotencyKey(),
  });
  if (result.status !== 'complete') {
    fail(`needs data whose payments need no customer action: changePlan answered '${result.status}'`);
  }
  return result.subscription;
}

async function listAllInvoiceIds(provider: BillingDataProvider, limit: number): Promise<string[]> {
  const list = provider.listInvoices;
  if (!list) return [];
  const ids: string[] = [];
  const seenOnPage = new Map<string, number>();
  let cursor: string | null = null;
  let lastIssuedAt = Number.POSITIVE_INFINITY;
  for (let page = 1; page <= 1000; page += 1) {
    const result: InvoicePage = await list.call(provider, { cursor, limit });
    if (result.data.length > limit)
      fail(`page ${page} holds ${result.data.length} invoices; the limit was ${limit}`);
    for (const invoice of result.data) {
      const earlier = seenOnPage.get(invoice.id);
      if (earlier !== undefined)
        fail(`invoice ${invoice.id} is on page ${earlier} and again on page ${page}`);
      seenOnPage.set(invoice.id, page);
      ids.push(invoice.id);
      const issuedAt = Date.parse(invoice.issuedAt);
      if (issuedAt > lastIssuedAt)
        fail(`invoice ${invoice.id} is newer than the one before it: newest first`);
      lastIssuedAt = issuedAt;
    }
    if (result.nextCursor === null) return ids;
    if (result.nextCursor === cursor) fail(`page ${page} returned the cursor it was given`);
    cursor = result.nextCursor;
  }
  return fail('listInvoices never returned a null nextCursor in 1000 pages');
}

/* -------------------------------------------------------------------------------------------------
 * The checks
 * -----------------------------------------------------------------------------------------------*/

/** Every behaviour the kit checks, in order. */
export const dataProviderContractChecks: readonly DataProviderContractCheck[] = [
  {
    name: 'has every required method, and each optional one is a function or absent',
    async run({ provider }) {
      for (const method of requiredDataProviderMethods) {
        if (typeof provider[method] !== 'function') fail(`the required method ${method} is missing`);
      }
      for (const method of billingCapabilities) {
        const value = provider[method];
        if (value !== undefined && typeof value !== 'function') {
          fail(`${method} is ${describeValue(value)}: leave it out when the backend cannot do it`);
        }
      }
    },
  },
  {
    name: "returns data in the contract's shape",
    async run({ provider, options }) {
      validate('getCatalog', await provider.getCatalog({}));
      validate('getSubscription', await provider.getSubscription({}));
      validate('getAccount', await provider.getAccount({}));
      if (provider.listInvoices) {
        validate(
          'listInvoices',
          await provider.listInvoices({ cursor: null, limit: options.pageSize ?? 10 }),
        );
      }
      if (provider.listPaymentMethods) validate('listPaymentMethods', await provider.listPaymentMethods({}));
    },
  },
  {
    name: 'rejects reads whose signal is aborted with the AbortError',
    async run({ provider }) {
      const controller = new AbortController();
      controller.abort();
      const signal = controller.signal;
      const reads: [string, Promise<unknown> | undefined][] = [
        ['getCatalog', provider.getCatalog({ signal })],
        ['getSubscription', provider.getSubscription({ signal })],
        ['getAccount', provider.getAccount({ signal })],
        [
          'previewChange',
          provider.previewChange({ planId: 'contract-check-plan', interval: 'month', signal }),
        ],
        ['listInvoices', provider.listInvoices?.({ cursor: null, limit: 1, signal })],
        ['getInvoice', provider.getInvoice?.({ invoiceId: 'contract-check-invoice', signal })],
        ['getInvoicePdf', provider.getInvoicePdf?.({ invoiceId: 'contract-check-invoice', signal })],
        ['listPaymentMethods', provider.listPaymentMethods?.({ signal })],
      ];
      for (const [method, promise] of reads) {
        if (!promise) continue;
        const error = await rejection(promise);
        if ((error as { name?: unknown }).name !== 'AbortError' && error !== signal.reason) {
          fail(`${method} with an aborted signal settled with ${describeValue(error)}, not the AbortError`);
        }
      }
    },
  },
  {
    name: 'rejects unknown ids with not_found',
    async run({ provider, idempotencyKey }) {
      const missing = 'contract-check-missing';
      await expectCode(
        'previewChange of an unknown plan',
        provider.previewChange({ planId: missing, interval: 'month' }),
        ['not_found'],
      );
      await expectCode(
        'changePlan to an unknown plan',
        provider.changePlan({ planId: missing, interval: 'month', idempotencyKey: idempotencyKey() }),
        ['not_found'],
      );
      if (provider.getInvoice) {
        await expectCode('getInvoice of an unknown invoice', provider.getInvoice({ invoiceId: missing }), [
          'not_found',
        ]);
      }
      if (provider.getInvoicePdf) {
        await expectCode(
          'getInvoicePdf of an unknown invoice',
          provider.getInvoicePdf({ invoiceId: missing }),
          ['not_found'],
        );
      }
      if (provider.setDefaultPaymentMethod) {
        await expectCode(
          'setDefaultPaymentMethod of an unknown method',
          provider.setDefaultPaymentMethod({ paymentMethodId: missing, idempotencyKey: idempotencyKey() }),
          ['not_found'],
        );
      }
      if (provider.removePaymentMethod) {
        await expectCode(
          'removePaymentMethod of an unknown method',
          provider.removePaymentMethod({ paymentMethodId: missing, idempotencyKey: idempotencyKey() }),
          ['not_found'],
        );
      }
    },
  },
  {
    name: 'previews that add up: the amount due is the sum of the lines, never below zero',
    async run({ provider }) {
      const subscription = await subscriptionOf(provider);
      const { previews } = await previewCatalog(provider, subscription.interval);
      if (previews.length === 0) fail('previewed no plan of the catalog');
      for (const preview of previews) {
        const currencies = new Set([
          preview.amountDue.currency,
          ...preview.lines.map((line) => line.amount.currency),
        ]);
        if (currencies.size > 1)
          fail(`the preview of ${preview.planId} mixes currencies ${[...currencies].join(', ')}`);
        const sum = preview.lines.reduce((total, line) => total + line.amount.amount, 0);
        if (preview.amountDue.amount !== Math.max(0, sum)) {
          fail(
            `the preview of ${preview.planId} is due ${preview.amountDue.amount}, but its lines add up to ${sum}`,
          );
        }
      }
    },
  },
  {
    name: 'treats the current plan as no change',
    async run(context) {
      const { provider } = context;
      const before = await subscriptionOf(provider);
      const preview = await provider.previewChange({ planId: before.planId, interval: before.interval });
      if (preview.kind !== 'same') fail(`the current plan previews as '${preview.kind}', not 'same'`);
      if (preview.amountDue.amount !== 0 || preview.lines.length > 0)
        fail('the current plan previews with a charge');
      const after = await change(context, preview);
      if (after.planId !== before.planId || after.interval !== before.interval) {
        fail(`choosing the current plan moved the subscription to ${after.planId} (${after.interval})`);
      }
    },
  },
  {
    name: 'applies an upgrade immediately',
    async run(context) {
      const preview = await findChange(context, 'upgrade');
      const result = await change(context, preview);
      const stored = await subscriptionOf(context.provider);
      for (const [source, subscription] of [
        ['changePlan', result],
        ['getSubscription', stored],
      ] as const) {
        if (subscription.planId !== preview.planId || subscription.interval !== preview.interval) {
          fail(
            `after an upgrade to ${preview.planId}, ${source} shows ${subscription.planId} (${subscription.interval})`,
          );
        }
        if (subscription.scheduledChange !== null)
          fail(`after an upgrade, ${source} still shows a scheduled change`);
      }
    },
  },
  {
    name: 'schedules a downgrade for the end of the period, when its preview said',
    async run(context) {
      const before = await subscriptionOf(context.provider);
      const preview = await findChange(context, 'downgrade');
      if (preview.effectiveAt !== before.currentPeriod.end) {
        fail(
          `the downgrade previews to take effect at ${preview.effectiveAt}, not at the period end ${before.currentPeriod.end}`,
        );
      }
      const result = await change(context, preview);
      const stored = await subscriptionOf(context.provider);
      for (const [source, subscription] of [
        ['changePlan', result],
        ['getSubscription', stored],
      ] as const) {
        if (subscription.planId !== before.planId)
          fail(`a downgrade changed the plan at once (${source} shows ${subscription.planId})`);
        const scheduled = subscription.scheduledChange;
        if (scheduled?.planId !== preview.planId || scheduled.interval !== preview.interval) {
          fail(
            `after a downgrade to ${preview.planId}, ${source} shows the scheduled change ${describeValue(scheduled)}`,
          );
        }
        if (scheduled.effectiveAt !== preview.effectiveAt) {
          fail(
            `the downgrade is scheduled for ${scheduled.effectiveAt}; its preview said ${preview.effectiveAt}`,
          );
        }
      }
    },
  },
  {
    name: 'cancels a scheduled change',
    async run(context) {
      const cancel = context.provider.cancelScheduledChange;
      if (!cancel) return;
      const before = await subscriptionOf(context.provider);
      await change(context, await findChange(context, 'downgrade'));
      const result = await cancel.call(context.provider, { idempotencyKey: context.idempotencyKey() });
      validate('cancelScheduledChange', result);
      const stored = await subscriptionOf(context.provider);
      for (const [source, subscription] of [
        ['cancelScheduledChange', result],
        ['getSubscription', stored],
      ] as const) {
        if (subscription.scheduledChange !== null)
          fail(`after cancelling, ${source} still shows a scheduled change`);
        if (subscription.planId !== before.planId)
          fail(`cancelling changed the plan to ${subscription.planId}`);
      }
    },
  },
  {
    name: 'returns the first result again for a repeated idempotency key',
    async run(context) {
      const preview = await findChange(context, 'upgrade');
      const key = context.idempotencyKey();
      const params = { planId: preview.planId, interval: preview.interval, idempotencyKey: key };
      const [first, second] = await Promise.all([
        context.provider.changePlan(params),
        context.provider.changePlan(params),
      ]);
      const third = await context.provider.changePlan(params);
      if (!same(first, second))
        fail('two simultaneous changePlan calls with one idempotency key returned different results');
      if (!same(first, third))
        fail('a changePlan retried with the same idempotency key returned a different result');
    },
  },
  {
    name: 'never applies a second change under one idempotency key',
    async run(context) {
      const before = await subscriptionOf(context.provider);
      const preview = await findChange(context, 'upgrade');
      const key = context.idempotencyKey();
      await change(context, preview, key);
      // The same key with other parameters: a correct backend answers the first result or refuses.
      await rejection(
        context.provider.changePlan({
          planId: before.planId,
          interval: before.interval,
          idempotencyKey: key,
        }),
      );
      const after = await subscriptionOf(context.provider);
      if (after.planId !== preview.planId || after.scheduledChange !== null) {
        fail(
          `a second changePlan with the idempotency key of an applied upgrade changed the subscription again (now ${after.planId}, scheduled ${describeValue(after.scheduledChange)})`,
        );
      }
    },
  },
  {
    name: 'rejects a blocked change with its blockers and changes nothing',
    async run(context) {
      const { provider } = context;
      const before = await subscriptionOf(provider);
      const { previews } = await previewCatalog(provider, before.interval);
      const blocked = previews.find((preview) => preview.blockers.length > 0);
      if (!blocked) return missingScenario(context, 'a plan change with blockers');
      const codes = [...new Set(blocked.blockers.map((blocker) => blocker.code))];
      const error = await expectCode(
        `changePlan to ${blocked.planId} (blocked)`,
        provider.changePlan({
          planId: blocked.planId,
          interval: blocked.interval,
          idempotencyKey: context.idempotencyKey(),
        }),
        codes,
      );
      const blockers = error.details?.blockers;
      if (!Array.isArray(blockers) || blockers.length === 0)
        fail('a blocked change rejected without details.blockers');
      if (!same(await subscriptionOf(provider), before)) fail('a blocked change altered the subscription');
    },
  },
  {
    name: 'rejects a plan the account cannot get with plan_unavailable and its reasons',
    async run(context) {
      const { provider } = context;
      const before = await subscriptionOf(provider);
      const { rejected } = await previewCatalog(provider, before.interval);
      const unavailable = rejected.find(
        ({ error }) => isBillingError(error) && error.code === 'plan_unavailable',
      );
      const other = rejected.find(({ error }) => !isBillingError(error) || error.code !== 'plan_unavailable');
      if (other)
        fail(`previewChange of catalog plan ${other.planId} rejected with ${describeValue(other.error)}`);
      if (!unavailable) return missingScenario(context, 'a catalog plan the account cannot get');
      const error = await expectCode(
        `changePlan to ${unavailable.planId} (unavailable)`,
        provider.changePlan({
          planId: unavailable.planId,
          interval: before.interval,
          idempotencyKey: context.idempotencyKey(),
        }),
        ['plan_unavailable'],
      );
      if (!Array.isArray(error.details?.reasons)) fail('plan_unavailable came without details.reasons');
      if (!same(await subscriptionOf(provider), before)) fail('an unavailable plan altered the subscription');
    },
  },
  {
    name: 'pages through invoices without gaps or duplicates, ending with a null cursor',
    async run(context) {
      if (!context.provider.listInvoices) return;
      const pageSize = context.options.pageSize ?? 10;
      const ids = await listAllInvoiceIds(context.provider, pageSize);
      if (ids.length <= pageSize) return missingScenario(context, `more than ${pageSize} invoices`);
      const again = await listAllInvoiceIds(context.provider, 3);
      const gap = ids.find((id) => !again.includes(id)) ?? again.find((id) => !ids.includes(id));
      if (gap !== undefined || ids.length !== again.length) {
        fail(
          `paging by ${pageSize} and by 3 gives different invoices (${gap ?? 'a different count'}): pages leave gaps`,
        );
      }
    },
  },
  {
    name: 'returns a listed invoice by id, and its PDF as a safe URL or a Blob',
    async run({ provider }) {
      const page = await provider.listInvoices?.({ cursor: null, limit: 1 });
      const listed = page?.data[0];
      if (!listed) return;
      if (provider.getInvoice) {
        const invoice = await provider.getInvoice({ invoiceId: listed.id });
        validate('getInvoice', invoice);
        if (invoice.id !== listed.id) fail(`getInvoice of ${listed.id} returned ${invoice.id}`);
      }
      if (provider.getInvoicePdf)
        validate('getInvoicePdf', await provider.getInvoicePdf({ invoiceId: listed.id }));
    },
  },
  {
    name: 'moves the default mark to the chosen payment method',
    async run(context) {
      const { provider } = context;
      if (!provider.listPaymentMethods || !provider.setDefaultPaymentMethod) return;
      const methods = await provider.listPaymentMethods({});
      const target = methods.find((method) => !method.isDefault && method.type !== 'bank_transfer');
      if (!target) return missingScenario(context, 'a card or SEPA method that is not the default');
      const result = await provider.setDefaultPaymentMethod({
        paymentMethodId: target.id,
        idempotencyKey: context.idempotencyKey(),
      });
      validate('setDefaultPaymentMethod', result);
      for (const [source, list] of [
        ['setDefaultPaymentMethod', result],
        ['listPaymentMethods', await provider.listPaymentMethods({})],
      ] as const) {
        const defaults = list.filter((method) => method.isDefault).map((method) => method.id);
        if (!same(defaults, [target.id]))
          fail(`after making ${target.id} the default, ${source} marks ${describeValue(defaults)}`);
      }
    },
  },
  {
    name: 'refuses to remove the default payment method of a paid subscription',
    async run(context) {
      const { provider } = context;
      if (!provider.listPaymentMethods || !provider.removePaymentMethod) return;
      const subscription = await provider.getSubscription({});
      const plan = (await provider.getCatalog({})).find((candidate) => candidate.id === subscription?.planId);
      const defaultMethod = (await provider.listPaymentMethods({})).find((method) => method.isDefault);
      if (!defaultMethod || !plan || plan.prices.month.amount === 0) {
        return missingScenario(context, 'a paid subscription with a default payment method');
      }
      const error = await rejection(
        provider.removePaymentMethod({
          paymentMethodId: defaultMethod.id,
          idempotencyKey: context.idempotencyKey(),
        }),
      );
      if (!isBillingError(error)) fail(`removing the default method settled with ${describeValue(error)}`);
      const after = await provider.listPaymentMethods({});
      if (!after.some((method) => method.id === defaultMethod.id))
        fail('the default method was removed anyway');
    },
  },
  {
    name: 'starts adding a payment method with a redirect or a host-form token, once per key',
    async run({ provider, idempotencyKey }) {
      if (!provider.startAddPaymentMethod) return;
      const params = { type: 'card' as const, idempotencyKey: idempotencyKey() };
      const first = await provider.startAddPaymentMethod(params);
      validate('startAddPaymentMethod', first);
      if (!same(first, await provider.startAddPaymentMethod(params))) {
        fail('startAddPaymentMethod retried with the same idempotency key started a second flow');
      }
    },
  },
];

/* -------------------------------------------------------------------------------------------------
 * Runners
 * -----------------------------------------------------------------------------------------------*/

let keyCounter = 0;

function newIdempotencyKey(): string {
  keyCounter += 1;
  const random =
    globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `contract-${keyCounter}-${random}`;
}

/**
 * Runs one check on a fresh provider; throws an Error whose message starts with the behaviour's
 * name and says what broke.
 */
export async function runDataProviderCheck(
  check: DataProviderContractCheck,
  factory: DataProviderFactory,
  options: DataProviderContractOptions = {},
): Promise<void> {
  try {
    await check.run({ provider: await factory(), options, idempotencyKey: newIdempotencyKey });
  } catch (error) {
    const reason = error instanceof ContractViolation ? error.message : `it threw ${describeValue(error)}`;
    throw new Error(`The provider does not meet "${check.name}": ${reason}`, { cause: error });
  }
}

/**
 * Runs every check, one after another, and resolves with each outcome (it never rejects): for
 * runners without `describe`/`it`, scripts, or a CI step against a staging backend.
 */
export async function runDataProviderContract(
  factory: DataProviderFactory,
  options: DataProviderContractOptions = {},
): Promise<DataProviderContractResult[]> {
  const results: DataProviderContractResult[] = [];
  for (const check of dataProviderContractChecks) {
    try {
      await runDataProviderCheck(check, factory, options);
      results.push({ name: check.name, passed: true });
    } catch (error) {
      results.push({ name: check.name, passed: false, error: error as Error });
    }
  }
  return results;
}

/**
 * Declares one test per behaviour of the contract, in a `describe` block named after your
 * provider. Works with Vitest, Jest, Mocha and `node:test`: pass their `describe` and `it`
 * (or rely on globals). `factory` must return a provider with fresh data on every call.
 *
 * ```ts
 * describeDataProviderContract('my backend', () => createMyProvider(), { describe, it });
 * ```
 */
export function describeDataProviderContract(
  name: string,
  factory: DataProviderFactory,
  options: DataProviderContractOptions = {},
): void {
  const globals = globalThis as {
    describe?: DataProviderContractOptions['describe'];
    it?: DataProviderContractOptions['it'];
  };
  const describe = options.describe ?? globals.describe;
  const it = options.it ?? globals.it;
  if (!describe || !it) {
    throw new Error('describeDataProviderContract needs `describe` and `it`: pass them in the options');
  }
  describe(`${name} meets the BillingDataProvider contract`, () => {
    for (const check of dataProviderContractChecks) {
      it(check.name, () => runDataProviderCheck(check, factory, options));
    }
  });
}
