import { BillingError } from '../core';
import type { DataProviderMethod } from './data-provider-methods';

/*
 * Boundary validation with hand-written guards rather than a schema library: it ships in the main
 * bundle on every page that shows billing, and a dozen small combinators over our own types cost
 * under 3 kB gzipped, messages included, with no dependency hosts must dedupe. Guards check what the
 * components rely on (types, integer money, ISO codes, strict ISO instants, safe links), let unknown
 * extra fields through, and report several bad fields at once, each with what was expected and an
 * example, because the message is often all an integrator sees.
 */

/** One bad field of a provider result, as listed in `details.problems` of an `invalid_response`. */
export interface DataProviderResultProblem {
  /** Where, from the result's name: `preview.lines[0].amount.amount`. */
  path: string;
  /** What the contract wants there: `integer minor units (19000 for 190.00)`. */
  expected: string;
  /** A short account of what was there: `"12.00"`, `undefined`, `an array of 3`. */
  received: string;
}

/** Enough to fix several fields per round trip, few enough to read in one error message. */
const MAX_PROBLEMS = 5;

class Problems {
  readonly list: DataProviderResultProblem[] = [];
  count = 0;

  add(path: string, expected: string, value: unknown, received = describeReceived(value)): void {
    this.count += 1;
    if (this.list.length < MAX_PROBLEMS) this.list.push({ path, expected, received });
  }
}

type Guard = (value: unknown, path: string, problems: Problems) => void;

function describeReceived(value: unknown): string {
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object' && value !== null) return 'an object';
  return String(value);
}

function is(test: (value: unknown) => boolean, expected: string): Guard {
  return (value, path, problems) => {
    if (!test(value)) problems.add(path, expected, value);
  };
}

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** Strict, because `Date.parse` also takes "March 7" or "1" and reads them in the local time zone. */
function isInstant(value: unknown): boolean {
  const match = typeof value === 'string' ? INSTANT.exec(value) : null;
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= days;
}

const string = is((value) => typeof value === 'string', 'a string');
const boolean = is((value) => typeof value === 'boolean', 'a boolean');
const number = is(Number.isFinite, 'a finite number');
const integer = is(Number.isSafeInteger, 'an integer');
const minorUnits = is(Number.isSafeInteger, 'integer minor units (19000 for 190.00)');
const instant = is(isInstant, 'an ISO 8601 instant such as "2026-03-01T00:00:00Z"');
const currency = is(
  (value) => typeof value === 'string' && /^[A-Z]{3}$/.test(value),
  'an upper-case ISO 4217 code such as "EUR"',
);
/** Links the UI follows: `https:` or a same-origin path, never `javascript:` or another scheme. */
const safeUrl = is(
  (value) => typeof value === 'string' && (/^https:\/\//i.test(value) || /^\/(?![/\\])/.test(value)),
  'an https: URL or a same-origin path',
);
// Duck-typed: a Blob from fetch (undici) is not an instance of a DOM Blob (jsdom, iframes).
const blob = is((value) => {
  const candidate = value as { size?: unknown; slice?: unknown } | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.size === 'number' &&
    typeof candidate.slice === 'function'
  );
}, 'a Blob');

function listed(values: readonly string[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

function oneOf(values: readonly string[]): Guard {
  return is((value) => values.includes(value as string), `one of ${listed(values)}`);
}

/** Adds "or null" to what was expected of the value itself, so the message names both choices. */
function nullable(guard: Guard): Guard {
  return (value, path, problems) => {
    if (value === null) return;
    const before = problems.list.length;
    guard(value, path, problems);
    for (const problem of problems.list.slice(before)) {
      if (problem.path === path) problem.expected += ' or null';
    }
  };
}

function optional(guard: Guard): Guard {
  return (value, path, problems) => {
    if (value !== undefined) guard(value, path, problems);
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function object(shape: Record<string, Guard>): Guard {
  return (value, path, problems) => {
    if (!isObject(value)) return problems.add(path, 'an object', value);
    for (const key in shape) shape[key]?.(value[key], `${path}.${key}`, problems);
  };
}

function arrayOf(guard: Guard): Guard {
  return (value, path, problems) => {
    if (!Array.isArray(value)) return problems.add(path, 'an array', value);
    for (const [index, item] of value.entries()) guard(item, `${path}[${index}]`, problems);
  };
}

function recordOf(keys: readonly string[], guard: Guard): Guard {
  return (value, path, problems) => {
    if (!isObject(value)) return problems.add(path, 'an object', value);
    for (const key of Object.keys(value)) {
      if (keys.includes(key)) guard(value[key], `${path}.${key}`, problems);
      else problems.add(`${path}.${key}`, `a key among ${listed(keys)}`, value, 'an unknown key');
    }
  };
}

/** A union told apart by one field, e.g. `type` or `status`. */
function tagged(tag: string, variants: Record<string, Guard>): Guard {
  return (value, path, problems) => {
    if (!isObject(value)) return problems.add(path, 'an object', value);
    const name = value[tag];
    // Own keys only: a tag such as "constructor" must not pick up what every object inherits.
    const variant = typeof name === 'string' && Object.hasOwn(variants, name) ? variants[name] : undefined;
    if (!variant) return problems.add(`${path}.${tag}`, `one of ${listed(Object.keys(variants))}`, name);
    variant(value, path, problems);
  };
}

const metrics = ['conversations', 'documents', 'assistants', 'seats', 'aiTokens'];
const interval = oneOf(['month', 'year']);
const strings = arrayOf(string);
const money = object({ amount: minorUnits, currency });
const period = object({ start: instant, end: instant });
const usage = recordOf(metrics, number);

const plan = object({
  id: string,
  name: string,
  family: string,
  tierRank: number,
  prices: object({ month: money, year: optional(money) }),
  limits: object(Object.fromEntries(metrics.map((metric) => [metric, nullable(number)]))),
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
        discountPercent: integer,
        intervals: optional(arrayOf(interval)),
        startsAt: optional(instant),
        endsAt: optional(instant),
      }),
    ),
  ),
  overage: optional(recordOf(metrics, object({ unitAmount: money, perUnits: number }))),
});

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
  usage: optional(usage),
  featuresInUse: optional(strings),
});

const blocker = tagged('code', {
  over_usage_limits: object({ params: object({ metric: oneOf(metrics), used: number, limit: number }) }),
  feature_in_use: object({ params: object({ feature: string, kind: oneOf(['feature', 'integration']) }) }),
});

const preview = object({
  planId: string,
  interval,
  kind: oneOf(['upgrade', 'downgrade', 'same', 'interval_change']),
  effectiveAt: instant,
  lines: arrayOf(
    object({ kind: oneOf(['credit', 'charge']), amount: money, planId: string, interval, period }),
  ),
  amountDue: money,
  blockers: arrayOf(blocker),
});

const party = object({ name: string, addressLines: strings, country: string, vatId: nullable(string) });

const invoice = object({
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
  ),
  subtotal: money,
  taxes: arrayOf(object({ name: string, ratePercent: number, taxableAmount: money, amount: money })),
  total: money,
  amountPaid: money,
  amountDue: money,
  reverseCharge: boolean,
});

const paymentMethod = tagged('type', {
  card: object({
    id: string,
    isDefault: boolean,
    brand: oneOf(['visa', 'mastercard', 'amex', 'other']),
    last4: string,
    expMonth: integer,
    expYear: integer,
  }),
  sepa_debit: object({ id: string, isDefault: boolean, ibanLast4: string, mandateReference: string }),
  bank_transfer: object({ id: string, isDefault: boolean, reference: optional(string) }),
});

const paymentMethods: Guard = (value, path, problems) => {
  arrayOf(paymentMethod)(value, path, problems);
  if (!Array.isArray(value)) return;
  const defaults = value.filter((method) => isObject(method) && method.isDefault === true).length;
  if (defaults > 1)
    problems.add(path, 'at most one method marked isDefault', value, `${defaults} marked isDefault`);
};

/** Each method's result, with the name its paths start from. */
const results: Record<DataProviderMethod, [name: string, guard: Guard]> = {
  getCatalog: ['catalog', arrayOf(plan)],
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
  listInvoices: ['page', object({ data: arrayOf(invoice), nextCursor: nullable(string) })],
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
 * Checks what a provider method resolved with against the contract. Throws a
 * `BillingError('invalid_response')` whose message lists up to five bad fields, each as
 * `path: expected X, got Y` (e.g. `page.data[3].total.amount: expected integer minor units
 * (19000 for 190.00), got 190.5`). `details.problems` holds them as `{ path, expected, received }`;
 * `details.path` and `details.expected` repeat the first; `details.method` names the method.
 */
export function validateDataProviderResult(method: DataProviderMethod, value: unknown): void {
  const [name, guard] = results[method];
  const problems = new Problems();
  try {
    guard(value, name, problems);
  } catch (error) {
    // A getter or a proxy that throws while being read: report it rather than throw something else.
    const thrown = error instanceof Error ? error.name : describeReceived(error);
    problems.add(name, 'plain data', value, `a value that threw ${thrown} when read`);
  }
  const [first] = problems.list;
  if (!first) return;
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
