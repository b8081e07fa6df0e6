import { BillingError } from '../core';
import type { DataProviderMethod } from './data-provider-methods';

/*
 * Boundary validation with hand-written guards rather than a schema library: it ships in the main
 * bundle on every page that shows billing, and a dozen small combinators over our own types cost
 * well under 2 kB, where the smallest schema libraries cost more and add a dependency hosts must
 * dedupe. Guards check what the components rely on (types, integer money, ISO codes, dates, safe
 * links) and let unknown extra fields through.
 */

/** Throws `invalid_response` naming the path of the first bad field. */
type Guard = (value: unknown, path: string) => void;

class InvalidField {
  constructor(
    readonly path: string,
    readonly expected: string,
  ) {}
}

function check(valid: boolean, path: string, expected: string): void {
  if (!valid) throw new InvalidField(path, expected);
}

const string: Guard = (value, path) => check(typeof value === 'string', path, 'a string');
const boolean: Guard = (value, path) => check(typeof value === 'boolean', path, 'a boolean');
const number: Guard = (value, path) => check(Number.isFinite(value), path, 'a finite number');
const integer: Guard = (value, path) => check(Number.isSafeInteger(value), path, 'an integer');
const instant: Guard = (value, path) =>
  check(typeof value === 'string' && !Number.isNaN(Date.parse(value)), path, 'an ISO 8601 date');
const currency: Guard = (value, path) =>
  check(typeof value === 'string' && /^[A-Z]{3}$/.test(value), path, 'an ISO 4217 currency code');
/** Links the UI follows: `https:` or a same-origin path, never `javascript:` or another scheme. */
const safeUrl: Guard = (value, path) =>
  check(
    typeof value === 'string' && (/^https:\/\//i.test(value) || /^\/(?![/\\])/.test(value)),
    path,
    'an https: URL or a same-origin path',
  );
const blob: Guard = (value, path) => {
  const candidate = value as { size?: unknown; slice?: unknown } | null;
  // Duck-typed: a Blob from fetch (undici) is not an instance of a DOM Blob (jsdom, iframes).
  check(
    typeof candidate === 'object' &&
      candidate !== null &&
      typeof candidate.size === 'number' &&
      typeof candidate.slice === 'function',
    path,
    'a Blob',
  );
};

function oneOf(values: readonly string[]): Guard {
  return (value, path) => check(values.includes(value as string), path, `one of ${values.join(', ')}`);
}

function nullable(guard: Guard): Guard {
  return (value, path) => value === null || guard(value, path);
}

function optional(guard: Guard): Guard {
  return (value, path) => value === undefined || guard(value, path);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function object(shape: Record<string, Guard>): Guard {
  return (value, path) => {
    check(isObject(value), path, 'an object');
    for (const key in shape) shape[key]?.((value as Record<string, unknown>)[key], join(path, key));
  };
}

function arrayOf(guard: Guard): Guard {
  return (value, path) => {
    check(Array.isArray(value), path, 'an array');
    for (const [index, item] of (value as unknown[]).entries()) guard(item, `${path}[${index}]`);
  };
}

function recordOf(keys: readonly string[], guard: Guard): Guard {
  return (value, path) => {
    check(isObject(value), path, 'an object');
    for (const key in value as object) {
      check(keys.includes(key), join(path, key), `a key among ${keys.join(', ')}`);
      guard((value as Record<string, unknown>)[key], join(path, key));
    }
  };
}

/** A union told apart by one field, e.g. `type` or `status`. */
function tagged(tag: string, variants: Record<string, Guard>): Guard {
  return (value, path) => {
    check(isObject(value), path, 'an object');
    const variant = variants[(value as Record<string, unknown>)[tag] as string];
    check(variant !== undefined, join(path, tag), `one of ${Object.keys(variants).join(', ')}`);
    variant?.(value, path);
  };
}

const metrics = ['conversations', 'documents', 'assistants', 'seats', 'aiTokens'];
const interval = oneOf(['month', 'year']);
const strings = arrayOf(string);
const money = object({ amount: integer, currency });
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

const paymentMethods: Guard = (value, path) => {
  arrayOf(paymentMethod)(value, path);
  const defaults = (value as { isDefault: boolean }[]).filter((method) => method.isDefault);
  check(defaults.length <= 1, path, 'a list with at most one default method');
};

const resultGuards: Record<DataProviderMethod, Guard> = {
  getCatalog: arrayOf(plan),
  getSubscription: nullable(subscription),
  getAccount: account,
  previewChange: preview,
  changePlan: tagged('status', {
    complete: object({ subscription }),
    requires_action: object({ actionUrl: safeUrl }),
  }),
  cancelScheduledChange: subscription,
  listInvoices: object({ data: arrayOf(invoice), nextCursor: nullable(string) }),
  getInvoice: invoice,
  getInvoicePdf: tagged('type', {
    url: object({ url: safeUrl }),
    blob: object({ blob, fileName: optional(string) }),
  }),
  listPaymentMethods: paymentMethods,
  startAddPaymentMethod: tagged('type', {
    redirect: object({ url: safeUrl }),
    host_form: object({ token: string }),
  }),
  setDefaultPaymentMethod: paymentMethods,
  removePaymentMethod: paymentMethods,
  contactSales: object({ referenceId: string }),
};

/**
 * Checks what a provider method resolved with against the contract. Throws a
 * `BillingError('invalid_response')` whose `details.path` names the first bad field
 * (e.g. `data[3].total.amount`; empty for the result itself) and `details.expected` what it must be.
 */
export function validateDataProviderResult(method: DataProviderMethod, value: unknown): void {
  try {
    resultGuards[method](value, '');
  } catch (error) {
    if (!(error instanceof InvalidField)) throw error;
    throw new BillingError('invalid_response', {
      message: `${method} returned invalid data: ${error.path || 'the result'} must be ${error.expected}`,
      details: { method, path: error.path, expected: error.expected },
    });
  }
}
