// The same host as a CommonJS module under moduleResolution `node16`: the `require` conditions and
// the `.d.cts` declarations.
import type {
  BillingDataProvider,
  Campaign,
  ChangeKind,
  DataProviderMethod,
  Plan,
  PlanAvailability,
  ScheduledChange,
  TrialUsage,
  Usage,
} from 'subscription-kit';
import type { HttpRequestContext } from 'subscription-kit/http';

import kit = require('subscription-kit');
import core = require('subscription-kit/core');
import testing = require('subscription-kit/testing');
import httpEntry = require('subscription-kit/http');
import reactQuery = require('@tanstack/react-query');
import i18next = require('i18next');
import React = require('react');

const hostClient = new reactQuery.QueryClient();
const hostI18n = i18next.createInstance();
void hostI18n.init({ lng: 'en' });
const provider: BillingDataProvider = testing.createMemoryDataProvider({ now: () => testing.demoNow });

async function prefetchCatalog(): Promise<void> {
  await hostClient.prefetchQuery(kit.catalogOptions(provider));
}

function PlanCount(): React.ReactNode {
  const query = reactQuery.useQuery(kit.catalogOptions(provider));
  const plans: Plan[] = query.data ?? [];
  return React.createElement('p', null, `${plans.length} plans`);
}

function Billing(): React.ReactNode {
  return React.createElement(
    reactQuery.QueryClientProvider,
    { client: hostClient },
    React.createElement(PlanCount),
    React.createElement(
      kit.SubscriptionKitProvider,
      { dataProvider: provider, queryClient: hostClient, i18n: hostI18n },
      React.createElement(
        kit.PlanModal,
        null,
        React.createElement(kit.PlanModalTrigger),
        React.createElement(kit.PlanModalContent),
      ),
    ),
  );
}

type HostTypes = [
  ChangeKind,
  Usage,
  Campaign,
  ScheduledChange,
  TrialUsage,
  PlanAvailability,
  HttpRequestContext,
  DataProviderMethod,
];
const kind: ChangeKind = 'downgrade';
const coreError: kit.BillingError = new core.BillingError('network');
const http: BillingDataProvider = httpEntry.createHttpDataProvider({ baseUrl: '/api/billing' });

export = { prefetchCatalog, Billing, kind, coreError, http, typeCheck: null as HostTypes | null };
