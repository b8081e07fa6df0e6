'use client';

import { QueryClient } from '@tanstack/react-query';
import { createInstance } from 'i18next';
import { useState } from 'react';
import { PlanModal, PlanModalContent, PlanModalTrigger, SubscriptionKitProvider } from 'subscription-kit';
import { createMemoryDataProvider, demoNow } from 'subscription-kit/testing';

const now = () => demoNow;

export function Billing() {
  // Created once per mounted tree, as a host does on the client (and once per request on the server).
  const [queryClient] = useState(() => new QueryClient());
  const [i18n] = useState(() => {
    const instance = createInstance();
    void instance.init({ lng: 'en', initAsync: false, resources: {} });
    return instance;
  });
  const [billing] = useState(() => createMemoryDataProvider({ now }));
  return (
    <SubscriptionKitProvider dataProvider={billing} queryClient={queryClient} i18n={i18n} now={now}>
      <PlanModal>
        <PlanModalTrigger />
        <PlanModalContent />
      </PlanModal>
    </SubscriptionKitProvider>
  );
}
