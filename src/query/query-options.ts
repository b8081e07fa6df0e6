import type {
  DataTag,
  InfiniteData,
  QueryFunction,
  QueryKey,
  UseInfiniteQueryOptions,
  UseQueryOptions,
} from '@tanstack/react-query';
import {
  type AccountContext,
  assertPlanChangePreview,
  BillingError,
  type BillingInterval,
  type Invoice,
  type PaymentMethod,
  type Plan,
  type Subscription,
} from '../core';
import type { BillingCapability, BillingDataProvider, InvoicePage, PlanChangePreview } from '../provider';
import { validatedDataProvider } from './data-provider-scope';
import { subscriptionKitKeys } from './query-keys';

/*
 * Query definitions, exported so hosts can prefetch and invalidate with the very definitions the
 * components use. Each takes the data provider explicitly and reads it through boundary validation.
 * The result types are spelt out with names every supported version of TanStack Query exports, so
 * the declaration files hold no inferred type a host's compiler settings could read differently.
 */

/** A read's options, as `useQuery`, `prefetchQuery`, `fetchQuery` and `getQueryData` take them. */
export type BillingQueryOptions<TData, TKey extends QueryKey> = UseQueryOptions<
  TData,
  BillingError,
  TData,
  TKey
> & {
  queryKey: DataTag<TKey, TData, BillingError>;
  queryFn: QueryFunction<TData, TKey>;
};

/** The invoice list's options, as `useInfiniteQuery` and `prefetchInfiniteQuery` take them. */
export type InvoicesInfiniteQueryOptions = UseInfiniteQueryOptions<
  InvoicePage,
  BillingError,
  InfiniteData<InvoicePage, string | null>,
  InvoiceListKey,
  string | null
> & {
  queryKey: DataTag<InvoiceListKey, InfiniteData<InvoicePage, string | null>, BillingError>;
  queryFn: QueryFunction<InvoicePage, InvoiceListKey, string | null>;
};

type Keys = typeof subscriptionKitKeys;
type InvoiceListKey = ReturnType<Keys['invoiceList']>;

function billingQuery<TData, TKey extends QueryKey>(
  queryKey: TKey,
  queryFn: QueryFunction<TData, TKey>,
): BillingQueryOptions<TData, TKey> {
  return { queryKey: queryKey as DataTag<TKey, TData, BillingError>, queryFn };
}

export function catalogOptions(
  dataProvider: BillingDataProvider,
): BillingQueryOptions<Plan[], ReturnType<Keys['catalog']>> {
  const validated = validatedDataProvider(dataProvider);
  return billingQuery(subscriptionKitKeys.catalog(dataProvider), ({ signal }) =>
    validated.getCatalog({ signal }),
  );
}

export function subscriptionOptions(
  dataProvider: BillingDataProvider,
): BillingQueryOptions<Subscription | null, ReturnType<Keys['subscription']>> {
  const validated = validatedDataProvider(dataProvider);
  return billingQuery(subscriptionKitKeys.subscription(dataProvider), ({ signal }) =>
    validated.getSubscription({ signal }),
  );
}

export function accountOptions(
  dataProvider: BillingDataProvider,
): BillingQueryOptions<AccountContext, ReturnType<Keys['account']>> {
  const validated = validatedDataProvider(dataProvider);
  return billingQuery(subscriptionKitKeys.account(dataProvider), ({ signal }) =>
    validated.getAccount({ signal }),
  );
}

/**
 * The preview of one change, checked before anyone sees it (`assertPlanChangePreview`: its lines
 * add up to the amount due, in one currency, for this plan and interval; otherwise the query fails
 * with `invalid_response`). Previews go stale fast because proration moves with the clock.
 */
export function previewChangeOptions(
  dataProvider: BillingDataProvider,
  intent: { planId: string; interval: BillingInterval },
): BillingQueryOptions<PlanChangePreview, ReturnType<Keys['preview']>> {
  const validated = validatedDataProvider(dataProvider);
  const { planId, interval } = intent;
  return {
    ...billingQuery(subscriptionKitKeys.preview(dataProvider, planId, interval), async ({ signal }) =>
      assertPlanChangePreview(await validated.previewChange({ planId, interval, signal }), intent),
    ),
    staleTime: 0,
    gcTime: 60_000,
  };
}

/* -------------------------------------------------------------------------------------------------
 * Invoices and payment methods (optional capabilities: the queries reject with `unknown` when the
 * provider lacks the method; the components check the capability before they ask)
 * -----------------------------------------------------------------------------------------------*/

/** Invoices, newest first, a cursor page of `pageSize` at a time (the provider may cap it). */
export function invoicesInfiniteOptions(
  dataProvider: BillingDataProvider,
  { pageSize = 20 }: { pageSize?: number | undefined } = {},
): InvoicesInfiniteQueryOptions {
  const validated = validatedDataProvider(dataProvider);
  const queryKey = subscriptionKitKeys.invoiceList(dataProvider, pageSize);
  return {
    queryKey: queryKey as InvoicesInfiniteQueryOptions['queryKey'],
    queryFn: ({ pageParam, signal }) =>
      capability(validated, 'listInvoices')({ cursor: pageParam, limit: pageSize, signal }),
    initialPageParam: null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  };
}

/** One invoice with its lines and tax breakdown, for the web view. */
export function invoiceOptions(
  dataProvider: BillingDataProvider,
  invoiceId: string,
): BillingQueryOptions<Invoice, ReturnType<Keys['invoice']>> {
  const validated = validatedDataProvider(dataProvider);
  return billingQuery(subscriptionKitKeys.invoice(dataProvider, invoiceId), ({ signal }) =>
    capability(validated, 'getInvoice')({ invoiceId, signal }),
  );
}

/** Cards, SEPA mandates and bank transfer, with the default marked. */
export function paymentMethodsOptions(
  dataProvider: BillingDataProvider,
): BillingQueryOptions<PaymentMethod[], ReturnType<Keys['paymentMethods']>> {
  const validated = validatedDataProvider(dataProvider);
  return billingQuery(subscriptionKitKeys.paymentMethods(dataProvider), ({ signal }) =>
    capability(validated, 'listPaymentMethods')({ signal }),
  );
}

/** The provider's optional method, bound to it; throws a `BillingError` when the provider lacks it. */
export function capability<Name extends BillingCapability>(
  dataProvider: BillingDataProvider,
  name: Name,
): NonNullable<BillingDataProvider[Name]> {
  const method = dataProvider[name];
  if (typeof method !== 'function') {
    throw new BillingError('unknown', { message: `The data provider has no \`${name}\` method` });
  }
  return method.bind(dataProvider) as NonNullable<BillingDataProvider[Name]>;
}
