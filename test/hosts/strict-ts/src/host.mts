// The same host as an ECMAScript module under moduleResolution `node16`: the `import` conditions
// and the `.d.ts` declarations. (`.mts` has no JSX, hence createElement.)
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { createInstance } from 'i18next';
import { createElement, type ReactNode } from 'react';
import {
  type BillingDataProvider,
  type BillingError,
  type Campaign,
  type ChangeKind,
  catalogOptions,
  type DataProviderMethod,
  type Plan,
  type PlanAvailability,
  PlanModal,
  PlanModalContent,
  PlanModalTrigger,
  type ScheduledChange,
  SubscriptionKitProvider,
  type TrialUsage,
  type Usage,
} from 'subscription-kit';
import { BillingError as CoreBillingError } from 'subscription-kit/core';
import { createHttpDataProvider, type HttpRequestContext } from 'subscription-kit/http';
import { createMemoryDataProvider, demoNow } from 'subscription-kit/testing';

const hostClient = new QueryClient();
const hostI18n = createInstance();
void hostI18n.init({ lng: 'en' });
const provider: BillingDataProvider = createMemoryDataProvider({ now: () => demoNow });

export async function prefetchCatalog(): Promise<void> {
  await hostClient.prefetchQuery(catalogOptions(provider));
}

function PlanCount(): ReactNode {
  const query = useQuery(catalogOptions(provider));
  const plans: Plan[] = query.data ?? [];
  return createElement('p', null, `${plans.length} plans`);
}

export function Billing(): ReactNode {
  return createElement(
    QueryClientProvider,
    { client: hostClient },
    createElement(PlanCount),
    createElement(
      SubscriptionKitProvider,
      { dataProvider: provider, queryClient: hostClient, i18n: hostI18n },
      createElement(PlanModal, null, createElement(PlanModalTrigger), createElement(PlanModalContent)),
    ),
  );
}

export type HostTypes = [
  ChangeKind,
  Usage,
  Campaign,
  ScheduledChange,
  TrialUsage,
  PlanAvailability,
  HttpRequestContext,
  DataProviderMethod,
];
export const kind: ChangeKind = 'upgrade';
export const method: DataProviderMethod = 'getCatalog';
export const coreError: BillingError = new CoreBillingError('network');
export const http: BillingDataProvider = createHttpDataProvider({
  baseUrl: '/api/billing',
  headers: (context: HttpRequestContext) => ({ 'x-billing-method': context.method }),
});
