import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  catalogOptions,
  type Plan,
  PlanModal,
  PlanModalContent,
  PlanModalTrigger,
  SubscriptionKitProvider,
} from 'subscription-kit';
import { createMemoryDataProvider, demoNow } from 'subscription-kit/testing';

// The host's own QueryClient, shared with the library.
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
const now = () => demoNow;
const billing = createMemoryDataProvider({ now });

function CatalogSize(): ReactNode {
  const { t } = useTranslation();
  const query = useQuery(catalogOptions(billing));
  const plans: Plan[] = query.data ?? [];
  return <p data-testid="catalog-size">{query.isSuccess ? t('plans', { count: plans.length }) : '…'}</p>;
}

export function App({ i18n }: { i18n: I18n }): ReactNode {
  const { t } = useTranslation();
  return (
    <QueryClientProvider client={queryClient}>
      <h1>{t('title')}</h1>
      <CatalogSize />
      <SubscriptionKitProvider dataProvider={billing} queryClient={queryClient} i18n={i18n} now={now}>
        <PlanModal>
          <PlanModalTrigger />
          <PlanModalContent />
        </PlanModal>
      </SubscriptionKitProvider>
    </QueryClientProvider>
  );
}
