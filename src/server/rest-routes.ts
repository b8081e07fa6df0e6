import type { BillingDataProvider } from '../provider';
import { expectedAmountDueOf } from '../provider';

/*
 * The REST contract (docs/rest-contract.openapi.yaml), path by path: the one table both the server
 * handler and the test helper answer from. A route only turns a request into one provider call;
 * who the customer is, and which provider serves them, is decided before a route is reached.
 */

/** The verbs the contract uses. */
export type RestVerb = 'GET' | 'POST' | 'DELETE';

/** What a route reads from the request, already parsed. */
export interface RouteInput {
  /** The decoded `{id}` segment of the path, `''` for routes without one. */
  id: string;
  query: URLSearchParams;
  /** The JSON body of a route that takes one (`{}` when empty). */
  body: Record<string, unknown>;
  signal: AbortSignal;
  idempotencyKey: string;
}

/** One endpoint: its verb, whether it writes or takes a body, and the provider call it makes. */
export interface RestRoute {
  verb: RestVerb;
  /** The path under the base path, `{id}` standing for one segment. */
  path: string;
  /** Writes need an `Idempotency-Key` and pass the same-site check; reads are GET only. */
  write: boolean;
  /** Whether the route reads a JSON body. */
  takesBody: boolean;
  /** The provider call; `undefined` when the provider lacks that optional method (404). */
  call(provider: BillingDataProvider, input: RouteInput): Promise<unknown> | undefined;
}

const PAYMENT_METHOD_TYPES = ['card', 'sepa_debit', 'bank_transfer'] as const;

function read(path: string, call: RestRoute['call']): RestRoute {
  return { verb: 'GET', path, write: false, takesBody: false, call };
}

function write(verb: RestVerb, path: string, takesBody: boolean, call: RestRoute['call']): RestRoute {
  return { verb, path, write: true, takesBody, call };
}

/** Every endpoint of the contract. */
export const REST_ROUTES: readonly RestRoute[] = [
  read('/catalog', (provider, { signal }) => provider.getCatalog({ signal })),
  read('/subscription', (provider, { signal }) => provider.getSubscription({ signal })),
  read('/account', (provider, { signal }) => provider.getAccount({ signal })),
  read('/subscription/preview', (provider, { query, signal }) =>
    provider.previewChange({
      planId: query.get('planId') ?? '',
      interval: query.get('interval') === 'year' ? 'year' : 'month',
      signal,
    }),
  ),
  write('POST', '/subscription/change', true, (provider, { body, idempotencyKey }) =>
    provider.changePlan({
      planId: String(body.planId),
      interval: body.interval === 'year' ? 'year' : 'month',
      expectedAmountDue: expectedAmountDueOf(body),
      idempotencyKey,
    }),
  ),
  write('DELETE', '/subscription/scheduled-change', false, (provider, { idempotencyKey }) =>
    provider.cancelScheduledChange?.({ idempotencyKey }),
  ),
  read('/invoices', (provider, { query, signal }) =>
    provider.listInvoices?.({ cursor: query.get('cursor'), limit: Number(query.get('limit') ?? 10), signal }),
  ),
  read('/invoices/{id}', (provider, { id, signal }) => provider.getInvoice?.({ invoiceId: id, signal })),
  read('/invoices/{id}/pdf', (provider, { id, signal }) =>
    provider.getInvoicePdf?.({ invoiceId: id, signal }),
  ),
  read('/payment-methods', (provider, { signal }) => provider.listPaymentMethods?.({ signal })),
  write('POST', '/payment-methods/setup', true, (provider, { body, idempotencyKey }) => {
    const type = PAYMENT_METHOD_TYPES.find((known) => known === body.type) ?? 'card';
    return provider.startAddPaymentMethod?.({ type, idempotencyKey });
  }),
  write('POST', '/payment-methods/{id}/default', false, (provider, { id, idempotencyKey }) =>
    provider.setDefaultPaymentMethod?.({ paymentMethodId: id, idempotencyKey }),
  ),
  write('DELETE', '/payment-methods/{id}', false, (provider, { id, idempotencyKey }) =>
    provider.removePaymentMethod?.({ paymentMethodId: id, idempotencyKey }),
  ),
  write('POST', '/sales-enquiries', true, (provider, { body, idempotencyKey }) =>
    provider.contactSales?.({
      name: String(body.name),
      email: String(body.email),
      company: String(body.company),
      seats: typeof body.seats === 'number' ? body.seats : undefined,
      needs: Array.isArray(body.needs) ? body.needs.map(String) : undefined,
      message: typeof body.message === 'string' ? body.message : undefined,
      idempotencyKey,
    }),
  ),
];

/** Where a request lands: a route with its `{id}`, a known path asked with another verb, or nothing. */
export type RouteMatch =
  | { kind: 'route'; route: RestRoute; id: string }
  | { kind: 'method_not_allowed'; allowed: RestVerb[] }
  | { kind: 'not_found' };

/**
 * The route for `method` and `pathname` under `basePath`. A path outside `basePath`, an undecodable
 * segment or an empty `{id}` is `not_found`; a known path asked with another verb is
 * `method_not_allowed` with the verbs it answers (HEAD and OPTIONS included: reads are GET only).
 */
export function matchRoute(method: string, pathname: string, basePath: string): RouteMatch {
  if (!pathname.startsWith(basePath)) return { kind: 'not_found' };
  const segments = pathname.slice(basePath.length).split('/');
  if (segments[0] !== '') return { kind: 'not_found' };
  const allowed: RestVerb[] = [];
  for (const route of REST_ROUTES) {
    const id = idOf(route.path.split('/'), segments);
    if (id === null) continue;
    if (route.verb === method) return { kind: 'route', route, id };
    allowed.push(route.verb);
  }
  return allowed.length > 0 ? { kind: 'method_not_allowed', allowed } : { kind: 'not_found' };
}

/** The decoded `{id}` when `segments` fit the `pattern` (`''` without one); otherwise `null`. */
function idOf(pattern: string[], segments: string[]): string | null {
  if (pattern.length !== segments.length) return null;
  let id = '';
  for (const [index, part] of pattern.entries()) {
    const segment = segments[index] ?? '';
    if (part !== '{id}') {
      if (part !== segment) return null;
      continue;
    }
    try {
      id = decodeURIComponent(segment);
    } catch {
      return null;
    }
    if (id === '') return null;
  }
  return id;
}
