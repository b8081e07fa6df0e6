// A host as it would be written under the strictest compiler settings, with moduleResolution
// `bundler`: its own QueryClient and i18next instance handed to the provider, a prefetch and a query
// with the library's query definitions, the types a host touches imported from the main entry, and
// the HTTP provider from its own entry.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { createInstance } from 'i18next';
import type { ReactNode } from 'react';
import {
  type BillingDataProvider,
  BillingError,
  type Campaign,
  type ChangeKind,
  catalogOptions,
  type DataProviderMethod,
  isBillingError,
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
import { BillingError as CoreBillingError, classifyChange } from 'subscription-kit/core';
import { createHttpDataProvider, type HttpRequestContext } from 'subscription-kit/http';
import da from 'subscription-kit/locales/da/subscription-kit.json';
import { createMemoryDataProvider, demoNow, demoPlans } from 'subscription-kit/testing';

const hostClient = new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } });
const hostI18n = createInstance();
void hostI18n.init({ lng: 'en', resources: { en: { host: { greeting: 'Hello' } } } });

const now = () => demoNow;
const provider: BillingDataProvider = createMemoryDataProvider({ now });
const translations = { da };

export async function prefetchCatalog(): Promise<Plan[]> {
  await hostClient.prefetchQuery(catalogOptions(provider));
  // The query key carries the data type: the cache hands back plans, not `unknown`.
  const cached: Plan[] | undefined = hostClient.getQueryData(catalogOptions(provider).queryKey);
  return cached ?? [];
}

function PlanCount(): ReactNode {
  const query = useQuery(catalogOptions(provider));
  const plans: Plan[] = query.data ?? [];
  const first = plans[0];
  return (
    <p>
      {plans.length} plans{first ? `, from ${first.name}` : ''}
    </p>
  );
}

export function Billing(): ReactNode {
  return (
    <QueryClientProvider client={hostClient}>
      <PlanCount />
      <SubscriptionKitProvider
        dataProvider={provider}
        queryClient={hostClient}
        i18n={hostI18n}
        locale="da"
        translations={translations}
        now={now}
        onEvent={(event) => console.info(event.type)}
      >
        <PlanModal>
          <PlanModalTrigger />
          <PlanModalContent onUpdatePaymentMethod={() => undefined} />
        </PlanModal>
      </SubscriptionKitProvider>
    </QueryClientProvider>
  );
}

// The types a host writes its own code against, from the main entry.
export const changeKinds: readonly ChangeKind[] = ['upgrade', 'downgrade', 'same', 'interval_change'];
export const campaign: Campaign = { id: 'spring', discountPercent: 20, startsAt: '2026-03-01T00:00:00.000Z' };
export const availability: PlanAvailability = {
  regions: ['DK'],
  window: { endsAt: '2026-06-01T00:00:00.000Z' },
};
export const scheduled: ScheduledChange = {
  planId: 'ecommerce-basic',
  interval: 'month',
  effectiveAt: '2026-04-01T00:00:00.000Z',
};
export function conversations(usage: Usage, trial: TrialUsage): number {
  return (usage.conversations ?? 0) + (trial.usage.conversations ?? 0);
}
export const readMethods: readonly DataProviderMethod[] = ['getCatalog', 'getSubscription', 'getAccount'];
export const http: BillingDataProvider = createHttpDataProvider({
  baseUrl: '/api/billing',
  headers: (context: HttpRequestContext) => ({ 'x-billing-method': context.method }),
});

export function kindOf(from: Plan, to: Plan): ChangeKind {
  return classifyChange({ plan: from, interval: 'month' }, { plan: to, interval: 'month' });
}
export const firstDemoPlan: Plan | undefined = demoPlans[0];

// One BillingError class: core's error is the main entry's, to the compiler as at run time.
export const coreError: BillingError = new CoreBillingError('network');
export const caught: boolean = coreError instanceof BillingError && isBillingError(coreError);
