import { type BillingErrorCode, isBillingError, type Subscription } from '../../core';
import {
  type BillingDataProvider,
  billingCapabilities,
  type DataProviderMethod,
  type InvoicePage,
  type PlanChangePreview,
  requiredDataProviderMethods,
  validateDataProviderResult,
} from '../../provider';
import { ContractViolation, describeValue, fail } from './contract-violation';
import type { DataProviderContractContext } from './data-provider-contract-options';
import {
  type DataProviderContractScenario,
  dataProviderContractScenarios,
} from './data-provider-contract-scenarios';

/*
 * The steps the checks are made of. Each throws a ContractViolation saying what the provider did
 * and, where the data is to blame, what to add to it.
 */

/** What is wrong with the provider object itself, if anything: checked before every check. */
export function findShapeProblem(provider: unknown): string | undefined {
  if (typeof provider !== 'object' || provider === null) {
    return `the factory resolved with ${describeValue(provider)}, not a provider object`;
  }
  const members = provider as Record<string, unknown>;
  for (const method of requiredDataProviderMethods) {
    const value = members[method];
    if (typeof value !== 'function') {
      return `the required method ${method} is ${value === undefined ? 'missing' : describeValue(value)}`;
    }
  }
  for (const method of billingCapabilities) {
    const value = members[method];
    if (value !== undefined && typeof value !== 'function') {
      return `${method} is ${describeValue(value)}: leave it out when the backend cannot do it`;
    }
  }
  return undefined;
}

export function validate(method: DataProviderMethod, value: unknown): void {
  try {
    validateDataProviderResult(method, value);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

export type Outcome = { status: 'fulfilled'; value: unknown } | { status: 'rejected'; reason: unknown };

/** How a call settled. A breach of the contract found on the way is not an outcome: it propagates. */
export async function settle(promise: Promise<unknown> | undefined): Promise<Outcome> {
  try {
    return { status: 'fulfilled', value: await promise };
  } catch (reason) {
    if (reason instanceof ContractViolation) throw reason;
    return { status: 'rejected', reason };
  }
}

export function describeOutcome(outcome: Outcome): string {
  return outcome.status === 'fulfilled'
    ? `resolved with ${describeValue(outcome.value)}`
    : `rejected with ${describeValue(outcome.reason)}`;
}

export async function expectCode(
  what: string,
  promise: Promise<unknown>,
  codes: readonly BillingErrorCode[],
): Promise<{ details?: Readonly<Record<string, unknown>> | undefined }> {
  const expected = `'${codes.join("' or '")}'`;
  const outcome = await settle(promise);
  if (outcome.status === 'rejected' && isBillingError(outcome.reason)) {
    if (!codes.includes(outcome.reason.code)) {
      fail(`${what} rejected with '${outcome.reason.code}' instead of ${expected}`);
    }
    return outcome.reason;
  }
  return fail(`${what} should reject with BillingError ${expected}, but ${describeOutcome(outcome)}`);
}

export async function subscriptionOf(provider: BillingDataProvider): Promise<Subscription> {
  const subscription = await provider.getSubscription({});
  if (!subscription) {
    fail(
      'found no subscription (getSubscription resolved with null): give the test account a subscription to a plan of the catalog',
    );
  }
  return subscription;
}

/**
 * The subscription as a write answered with it and as `getSubscription` reads it afterwards, each
 * with the method that showed it: a check holds for both.
 */
export async function answeredAndStored(
  provider: BillingDataProvider,
  write: string,
  answered: Subscription,
): Promise<(readonly [source: string, subscription: Subscription])[]> {
  return [
    [write, answered],
    ['getSubscription', await subscriptionOf(provider)],
  ];
}

export function same(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return a === b;
  }
}

/** Passes the check when the data lacks an opted-out scenario; fails it, saying what to add, otherwise. */
export function missingScenario(
  context: DataProviderContractContext,
  scenario: DataProviderContractScenario,
  found = 'none',
): void {
  if (context.options.optionalScenarios?.includes(scenario)) return;
  const details = dataProviderContractScenarios.find((candidate) => candidate.name === scenario);
  fail(
    `needs ${details?.description}, and found ${found}. Add ${details?.whatToAdd}, or opt out with optionalScenarios: ['${scenario}']`,
  );
}

/** Every preview of the catalog at the subscription's interval, with the plans that reject. */
export async function previewCatalog(provider: BillingDataProvider, interval: Subscription['interval']) {
  const previews: PlanChangePreview[] = [];
  const rejected: { planId: string; error: unknown }[] = [];
  for (const plan of await provider.getCatalog({})) {
    const outcome = await settle(provider.previewChange({ planId: plan.id, interval }));
    if (outcome.status === 'fulfilled') previews.push(outcome.value as PlanChangePreview);
    else rejected.push({ planId: plan.id, error: outcome.reason });
  }
  return { previews, rejected };
}

const changeHints = {
  upgrade: 'add a plan above the current one that the account can get',
  downgrade: 'add a plan below the current one whose limits the usage fits',
} as const;

export async function findChange(
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
  if (!preview) {
    fail(
      `found no ${kind} without blockers among the previews of the catalog (at the ${subscription.interval}ly interval): ${changeHints[kind]}, or name one with options.${kind}: { planId, interval }`,
    );
  }
  return preview;
}

export async function change(context: DataProviderContractContext, preview: PlanChangePreview, key?: string) {
  const result = await context.provider.changePlan({
    planId: preview.planId,
    interval: preview.interval,
    expectedAmountDue: preview.amountDue,
    idempotencyKey: key ?? context.idempotencyKey(),
  });
  if (result.status !== 'complete') {
    fail(
      `changePlan to ${preview.planId} answered '${result.status}': use test data whose payments need no customer action`,
    );
  }
  return result.subscription;
}

export async function listAllInvoiceIds(provider: BillingDataProvider, limit: number): Promise<string[]> {
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
