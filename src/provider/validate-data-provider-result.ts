import { BillingError } from '../core';
import type { DataProviderMethod } from './data-provider-methods';
import {
  arrayOf,
  currency,
  describeReceived,
  type Guard,
  is,
  isInstant,
  nullable,
  object,
  oneCurrency,
  oneOf,
  optional,
  Problems,
  recordOf,
  tagged,
} from './result-guards';

export type { DataProviderResultProblem } from './result-guards';

/*
 * Boundary validation with hand-written guards (./result-guards) rather than a schema library: it
 * ships in the main bundle on every page that shows billing, and a dozen small combinators over our
 * own types cost about 2 kB gzipped, messages included, with no dependency hosts must dedupe. The
 * guards check what the components and the engine rely on (types, the ranges the engine computes
 * with, ISO codes, strict ISO instants, safe links, unique ids, one currency per plan, preview and
 * invoice), report several bad fields at once, each with what was expected and an example, because
 * the message is often all an integrator sees, and build a plain copy of the known fields as they
 * go, each read once: a getter cannot change a value after it was checked, and unknown fields (a
 * cycle among them) never reach the components or the query cache.
 */

/*
 * The bounds (docs/PROVIDER.md, Conventions): amounts within ±10^12 minor units, counts up to
 * 10^15, years 2000–2200. Within them every sum and product the engine takes (twelve monthly prices,
 * a price prorated to the second, an overage total) stays an exact integer and every date a Date.
 */
const MINOR_UNITS = 'integer minor units (19000 for 190.00)';
const string = is((value) => typeof value === 'string', 'a string');
const boolean = is((value) => typeof value === 'boolean', 'a boolean');
const number = is(Number.isFinite, 'a finite number');
const count = is(Number.isFinite, 'a finite number', [0, 10 ** 15, 'from 0 to 10^15']);
const percent = is(Number.isFinite, 'a finite number', [0, 100, 'from 0 to 100']);
const amount = is(Number.isSafeInteger, MINOR_UNITS, [-(10 ** 12), 10 ** 12, 'from -10^12 to 10^12']);
const instant = is(
  isInstant,
  'an ISO 8601 instant such as "2026-03-01T00:00:00Z"',
  [2000, 2200, 'in the years 2000 to 2200'],
  (value) => Number(String(value).slice(0, 4)),
);
/** Links the UI follows: `https:` or a same-origin path, never `javascript:` or another scheme. */
const safeUrl = is(
  (value) => typeof value === 'string' && (/^https:\/\//i.test(value) || /^\/(?![/\\])/.test(value)),
  'an https: URL or a same-origin path',
);
// Duck-typed: a Blob from fetch (undici) is not an instance of a DOM Blob (jsdom, iframes). Passed on
// as it is: its bytes cannot change.
const blob = is((value) => {
  const candidate = value as { size?: unknown; slice?: unknown } | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.size === 'number' &&
    typeof candidate.slice === 'function'
  );
}, 'a Blob');

const metrics = ['conversations', 'documents', 'assistants', 'seats', 'aiTokens'];
const interval = oneOf(['month', 'year']);
const strings = arrayOf(string);
const money = object({ amount, currency });
const price = object({
  amount: is(Number.isSafeInteger, MINOR_UNITS, [0, 10 ** 12, 'from 0 to 10^12']),
  currency,
});
const period = object({ start: instant, end: instant });
const usage = recordOf(metrics, count);

const plan = oneCurrency(
  object({
    id: string,
    name: string,
    family: string,
    tierRank: number,
    prices: object({ month: price, year: optional(price) }),
    limits: object(Object.fromEntries(metrics.map((metric) => [metric, nullable(count)]))),
    features: strings,
    integrations: strings,
    availability: optional(
      object({
        assistantConfigurations: optional(strings),
        regions: optional(strings),
        window: optional(object({ startsAt: optional(instant), endsAt: optional(instant) })),
      }),
    ),
    campaigns: optional(
      arrayOf(
        object({
          id: string,
          discountPercent: is(Number.isInteger, 'an integer', [0, 100, 'from 0 to 100']),
          intervals: optional(arrayOf(interval)),
          startsAt: optional(instant),
          endsAt: optional(instant),
        }),
      ),
    ),
    overage: optional(
      recordOf(
        metrics,
        object({
          unitAmount: price,
          perUnits: is(Number.isFinite, 'a finite number', [1, 10 ** 15, 'from 1 to 10^15']),
        }),
      ),
    ),
  }),
);

const subscription = object({
  id: string,
  planId: string,
  interval,
  status: oneOf(['trialing', 'active', 'past_due', 'canceled', 'incomplete']),
  currentPeriod: period,
  billingAnchor: instant,
  scheduledChange: nullable(object({ planId: string, interval, effectiveAt: instant })),
});

const account = object({
  agentTemplate: optional(nullable(string)),
  integrations: optional(strings),
  country: optional(nullable(string)),
  assistantConfiguration: optional(nullable(string)),
  trialUsage: optional(nullable(object({ start: instant, end: instant, usage }))),
  previousPeriodUsage: optional(nullable(object({ start: instant, end: instant, usage }))),
  usage: optional(usage),
  featuresInUse: optional(strings),
});

const blocker = tagged('code', {
  over_usage_limits: object({ params: object({ metric: oneOf(metrics), used: number, limit: number }) }),
  feature_in_use: object({ params: object({ feature: string, kind: oneOf(['feature', 'integration']) }) }),
});

const preview = oneCurrency(
  object({
    planId: string,
    interval,
    kind: oneOf(['upgrade', 'downgrade', 'same', 'interval_change']),
    effectiveAt: instant,
    lines: arrayOf(
      object({ kind: oneOf(['credit', 'charge']), amount: money, planId: string, interval, period }),
    ),
    amountDue: money,
    blockers: arrayOf(blocker),
    tax: optional(money),
    total: optional(money),
    nextRenewal: optional(object({ at: instant, amount: money })),
  }),
);

const party = object({ name: string, addressLines: strings, country: string, vatId: nullable(string) });

const invoice = oneCurrency(
  object({
    id: string,
    number: string,
    status: oneOf(['draft', 'open', 'paid', 'void', 'uncollectible']),
    issuedAt: instant,
    dueAt: optional(instant),
    currency,
    seller: party,
    customer: party,
    lines: arrayOf(
      object({
        id: string,
        kind: oneOf(['subscription', 'proration', 'overage', 'other']),
        description: string,
        quantity: number,
        unitAmount: money,
        amount: money,
        period: optional(period),
      }),
      true,
    ),
    subtotal: money,
    taxes: arrayOf(object({ name: string, ratePercent: percent, taxableAmount: money, amount: money })),
    total: money,
    amountPaid: money,
    amountDue: money,
    reverseCharge: boolean,
  }),
);

const paymentMethod = tagged('type', {
  card: object({
    id: string,
    isDefault: boolean,
    brand: oneOf(['visa', 'mastercard', 'amex', 'other']),
    last4: string,
    expMonth: is(Number.isInteger, 'an integer', [1, 12, 'from 1 to 12']),
    expYear: is(Number.isInteger, 'an integer', [1000, 9999, 'from 1000 to 9999']),
  }),
  sepa_debit: object({ id: string, isDefault: boolean, ibanLast4: string, mandateReference: string }),
  bank_transfer: object({ id: string, isDefault: boolean, reference: optional(string) }),
});

const paymentMethods: Guard = (value, path, problems) => {
  const copy = arrayOf(paymentMethod, true)(value, path, problems);
  const defaults = Array.isArray(copy) ? copy.filter((method) => method?.isDefault === true).length : 0;
  if (defaults > 1)
    problems.add(path, 'at most one method marked isDefault', value, `${defaults} marked isDefault`);
  return copy;
};

/** Each method's result, with the name its paths start from. */
const results: Record<DataProviderMethod, [name: string, guard: Guard]> = {
  getCatalog: ['catalog', arrayOf(plan, true)],
  getSubscription: ['subscription', nullable(subscription)],
  getAccount: ['account', account],
  previewChange: ['preview', preview],
  changePlan: [
    'result',
    tagged('status', {
      complete: object({ subscription }),
      requires_action: object({ actionUrl: safeUrl }),
    }),
  ],
  cancelScheduledChange: ['subscription', subscription],
  listInvoices: ['page', object({ data: arrayOf(invoice, true), nextCursor: nullable(string) })],
  getInvoice: ['invoice', invoice],
  getInvoicePdf: [
    'pdf',
    tagged('type', {
      url: object({ url: safeUrl }),
      blob: object({ blob, fileName: optional(string) }),
    }),
  ],
  listPaymentMethods: ['paymentMethods', paymentMethods],
  startAddPaymentMethod: [
    'result',
    tagged('type', {
      redirect: object({ url: safeUrl }),
      host_form: object({ token: string }),
    }),
  ],
  setDefaultPaymentMethod: ['paymentMethods', paymentMethods],
  removePaymentMethod: ['paymentMethods', paymentMethods],
  contactSales: ['result', object({ referenceId: string })],
};

/**
 * Checks what a provider method resolved with against the contract and returns a plain copy of its
 * known fields, each read once. Throws a `BillingError('invalid_response')` whose message lists up
 * to five bad fields, each as `path: expected X, got Y` (e.g. `page.data[3].total.amount: expected
 * integer minor units (19000 for 190.00), got 190.5`). `details.problems` holds them as
 * `{ path, expected, received }`; `details.path` and `details.expected` repeat the first;
 * `details.method` names the method.
 */
export function validateDataProviderResult(method: DataProviderMethod, value: unknown): unknown {
  const [name, guard] = results[method];
  const problems = new Problems();
  let copy: unknown;
  try {
    copy = guard(value, name, problems);
  } catch (error) {
    // A getter or a proxy that throws while being read: report it rather than throw something else.
    const thrown = error instanceof Error ? error.name : describeReceived(error);
    problems.add(name, 'plain data', value, `a value that threw ${thrown} when read`);
  }
  const [first] = problems.list;
  if (!first) return copy;
  const listedProblems = problems.list.map(
    (problem) => `${problem.path}: expected ${problem.expected}, got ${problem.received}`,
  );
  const more = problems.count - problems.list.length;
  if (more > 0) listedProblems.push(`and ${more} more`);
  throw new BillingError('invalid_response', {
    message: `${method} returned invalid data: ${listedProblems.join('; ')}`,
    details: { method, path: first.path, expected: first.expected, problems: problems.list },
  });
}
