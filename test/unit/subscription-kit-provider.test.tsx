import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createInstance } from 'i18next';
import {
  catalogOptions,
  PlanCard,
  SubscriptionKitProvider,
  subscriptionKitKeys,
  UsageMeters,
  useCatalog,
} from 'subscription-kit';
import { demoPlans } from 'subscription-kit/testing';
import { describe, expect, it, vi } from 'vitest';
import { accountData, basicSubscriberData, demoClock, demoProvider } from '../../stories/scenarios';
import { renderPlanModal } from '../support/plan-modal';

const basicPlan = demoPlans.find((plan) => plan.id === 'ecommerce-basic') ?? demoPlans[0];
if (basicPlan === undefined) throw new Error('The demo catalog is empty.');

function CatalogNames() {
  const catalog = useCatalog();
  if (!catalog.data) return <p>loading</p>;
  return <p data-testid="names">{catalog.data.map((plan) => plan.name).join(', ') || 'none'}</p>;
}

describe("given the host's own QueryClient", () => {
  it('shares its cache: a catalog the host prefetched with catalogOptions is not fetched again', async () => {
    const provider = demoProvider();
    // The host's defaults apply to the library's queries too: here, data stays fresh for a minute.
    const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } });
    await queryClient.prefetchQuery(catalogOptions(provider));
    expect(provider.calls.getCatalog).toBe(1);
    render(
      <SubscriptionKitProvider dataProvider={provider} queryClient={queryClient} now={demoClock}>
        <CatalogNames />
      </SubscriptionKitProvider>,
    );
    expect(await screen.findByTestId('names')).toHaveTextContent('Ecommerce Basic');
    expect(provider.calls.getCatalog).toBe(1);
  });
});

describe('given two SubscriptionKitProviders with different data providers sharing one QueryClient', () => {
  it('keeps their caches apart: each shows its own catalog', async () => {
    const queryClient = new QueryClient();
    const [first, second] = demoPlans;
    if (!first || !second) throw new Error('The demo catalog needs two plans.');
    const providerOf = (plan: typeof first) => ({ ...demoProvider(), getCatalog: async () => [plan] });
    render(
      <>
        <SubscriptionKitProvider dataProvider={providerOf(first)} queryClient={queryClient} now={demoClock}>
          <section aria-label="first">
            <CatalogNames />
          </section>
        </SubscriptionKitProvider>
        <SubscriptionKitProvider dataProvider={providerOf(second)} queryClient={queryClient} now={demoClock}>
          <section aria-label="second">
            <CatalogNames />
          </section>
        </SubscriptionKitProvider>
      </>,
    );
    await waitFor(() => expect(screen.getAllByTestId('names')).toHaveLength(2));
    const [shownFirst, shownSecond] = screen.getAllByTestId('names');
    expect(shownFirst).toHaveTextContent(first.name);
    expect(shownSecond).toHaveTextContent(second.name);
    expect(queryClient.getQueryCache().findAll({ queryKey: subscriptionKitKeys.all })).toHaveLength(2);
  });
});

describe('given a host QueryClientProvider around the library and no queryClient prop', () => {
  it("never reads the host's client: the library's data lands in a private cache", async () => {
    const hostClient = new QueryClient();
    render(
      <QueryClientProvider client={hostClient}>
        <SubscriptionKitProvider dataProvider={demoProvider()} now={demoClock}>
          <CatalogNames />
        </SubscriptionKitProvider>
      </QueryClientProvider>,
    );
    expect(await screen.findByTestId('names')).toHaveTextContent('Ecommerce Basic');
    expect(hostClient.getQueryCache().findAll({ queryKey: subscriptionKitKeys.all })).toHaveLength(0);
  });
});

describe("given the host's own i18next instance", () => {
  it("keeps the host's language and the host's own wording in our namespace", async () => {
    const hostI18n = createInstance();
    await hostI18n.init({
      lng: 'de',
      resources: { en: { 'subscription-kit': { planCard: { cta: { select: 'Pick' } } } } },
    });
    render(
      <SubscriptionKitProvider i18n={hostI18n} locale="en">
        <PlanCard plan={basicPlan} />
      </SubscriptionKitProvider>,
    );
    expect(screen.getByRole('button', { name: /Ecommerce Basic/ })).toHaveTextContent('Pick');
    expect(hostI18n.language).toBe('de');
    expect(hostI18n.getResource('en', 'subscription-kit', 'planCard.cta.selected')).toBe('Selected');
  });
});

describe('given a currency', () => {
  it('shows only the plans priced in it', async () => {
    const data = basicSubscriberData();
    const kroner = { ...data.plans[0], id: 'ecommerce-basic-dkk', name: 'Ecommerce Basic (DKK)' };
    // Priced in kroner throughout: a plan's prices and overage share one currency.
    const overage = { conversations: { unitAmount: { amount: 7_500, currency: 'DKK' }, perUnits: 1_000 } };
    const plans = [
      ...data.plans,
      { ...kroner, prices: { month: { amount: 141_500, currency: 'DKK' } }, overage },
    ];
    render(
      <SubscriptionKitProvider dataProvider={demoProvider({ ...data, plans } as typeof data)} currency="dkk">
        <CatalogNames />
      </SubscriptionKitProvider>,
    );
    expect(await screen.findByTestId('names')).toHaveTextContent(/^Ecommerce Basic \(DKK\)$/);
  });
});

describe('given an onEvent callback', () => {
  it('reports the opening of the modal and the chosen plan', async () => {
    const onEvent = vi.fn();
    renderPlanModal(demoProvider(), { onEvent });
    await userEvent.click(screen.getByRole('button', { name: 'Change plan' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Select Ecommerce Scale' }));
    await waitFor(() =>
      expect(onEvent.mock.calls.map(([event]) => event)).toEqual([
        { type: 'plan_modal_opened' },
        { type: 'plan_selected', planId: 'ecommerce-scale', interval: 'month' },
      ]),
    );
  });

  it('reports the plan a usage nudge opens the dialog on, once, as a selection', async () => {
    const onEvent = vi.fn();
    render(
      <SubscriptionKitProvider
        dataProvider={demoProvider(accountData('nearLimit'))}
        now={demoClock}
        onEvent={onEvent}
      >
        <UsageMeters />
      </SubscriptionKitProvider>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Review Ecommerce Scale' }));
    await screen.findByRole('button', { name: 'Confirm upgrade' });
    expect(onEvent.mock.calls.map(([event]) => event)).toEqual([
      { type: 'plan_modal_opened' },
      { type: 'plan_selected', planId: 'ecommerce-scale', interval: 'month' },
    ]);
  });
});
