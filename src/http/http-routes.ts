import type { BillingCapability, DataProviderMethod, RequestMeta } from '../provider';

/** Where one call of the contract goes: the verb, the path, and what travels in the query or body. */
export interface Route {
  verb: 'GET' | 'POST' | 'DELETE';
  path: string;
  query?: Record<string, string | number | null> | undefined;
  body?: unknown;
}

/** The params of any method, as the routes read them. */
export type AnyParams = {
  signal?: AbortSignal | undefined;
  idempotencyKey?: string | undefined;
  meta?: RequestMeta | undefined;
} & Record<string, unknown>;

type RouteOf = (params: AnyParams) => Route;

/** The methods every provider has. */
export type RequiredMethod = Exclude<DataProviderMethod, BillingCapability>;

const segment = (value: unknown) => encodeURIComponent(String(value));

/*
 * The REST contract, method by method (`docs/rest-contract.openapi.yaml`). Two tables typed by the
 * contract, rather than the provider room's method lists: this entry carries no copy of the main
 * entry's code, and a method added to the contract without a route fails the typecheck.
 */

/** The routes of the required methods. */
export const REQUIRED_ROUTES: Record<RequiredMethod, RouteOf> = {
  getCatalog: () => ({ verb: 'GET', path: '/catalog' }),
  getSubscription: () => ({ verb: 'GET', path: '/subscription' }),
  getAccount: () => ({ verb: 'GET', path: '/account' }),
  previewChange: ({ planId, interval }) => ({
    verb: 'GET',
    path: '/subscription/preview',
    query: { planId: String(planId), interval: String(interval) },
  }),
  changePlan: ({ planId, interval, expectedAmountDue }) => ({
    verb: 'POST',
    path: '/subscription/change',
    body: { planId, interval, expectedAmountDue },
  }),
};

/** The routes of the optional methods, in contract order. */
export const OPTIONAL_ROUTES: Record<BillingCapability, RouteOf> = {
  cancelScheduledChange: () => ({ verb: 'DELETE', path: '/subscription/scheduled-change' }),
  listInvoices: ({ cursor, limit }) => ({
    verb: 'GET',
    path: '/invoices',
    query: { cursor: cursor as string | null, limit: limit as number },
  }),
  getInvoice: ({ invoiceId }) => ({ verb: 'GET', path: `/invoices/${segment(invoiceId)}` }),
  getInvoicePdf: ({ invoiceId }) => ({ verb: 'GET', path: `/invoices/${segment(invoiceId)}/pdf` }),
  listPaymentMethods: () => ({ verb: 'GET', path: '/payment-methods' }),
  startAddPaymentMethod: ({ type }) => ({ verb: 'POST', path: '/payment-methods/setup', body: { type } }),
  setDefaultPaymentMethod: ({ paymentMethodId }) => ({
    verb: 'POST',
    path: `/payment-methods/${segment(paymentMethodId)}/default`,
  }),
  removePaymentMethod: ({ paymentMethodId }) => ({
    verb: 'DELETE',
    path: `/payment-methods/${segment(paymentMethodId)}`,
  }),
  contactSales: ({ idempotencyKey: _key, meta: _meta, signal: _signal, ...enquiry }) => ({
    verb: 'POST',
    path: '/sales-enquiries',
    body: enquiry,
  }),
};
