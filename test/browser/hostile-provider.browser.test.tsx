import { QueryClient } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import { BillingSummary } from 'subscription-kit';
import 'subscription-kit/styles.css';
import type { MemoryBillingData } from 'subscription-kit/testing';
import { describe, expect, it, vi } from 'vitest';
import { basicSubscriberData, demoProvider } from '../../stories/scenarios';
import { renderOnHostPage } from '../support/host-page';

/*
 * A hostile backend against a host's page in Chromium: whatever it answers, the host's own content
 * stays on screen and the billing summary shows either the data or a message, never a blank page.
 */

function renderHostPage(data: MemoryBillingData, { locale = 'en', queryClient = new QueryClient() } = {}) {
  const provider = demoProvider(data);
  renderOnHostPage(<BillingSummary />, { dataProvider: provider, queryClient, locale });
  return { provider, queryClient };
}

/** Ecommerce Basic (the subscription's plan) changed by `change`. */
function withBasicPlan(change: (plan: Record<string, unknown>) => void): MemoryBillingData {
  const data = basicSubscriberData();
  const plans = structuredClone(data.plans);
  const basic = plans.find((plan) => plan.id === 'ecommerce-basic');
  if (!basic) throw new Error('the demo catalog has Ecommerce Basic');
  change(basic as unknown as Record<string, unknown>);
  return { ...data, plans };
}

describe('given a catalog whose plans each carry the whole catalog in a field the contract does not name', () => {
  it('keeps the cycle out of the cache, and shows the summary again after every refetch', async () => {
    const data = basicSubscriberData();
    // Six plans each pointing at all six: comparing two answers field by field never ends.
    const plans = data.plans.map((plan) => ({ ...plan }));
    for (const plan of plans) Object.assign(plan, { catalog: plans });
    const { provider, queryClient } = renderHostPage({ ...data, plans });
    expect(await screen.findByText('Ecommerce Basic')).toBeVisible();
    const cached = queryClient
      .getQueryCache()
      .getAll()
      .map((query) => query.state.data);
    expect(() => JSON.stringify(cached)).not.toThrow();

    await queryClient.refetchQueries();
    await queryClient.refetchQueries();

    expect(provider.calls.getCatalog).toBeGreaterThanOrEqual(3);
    expect(screen.getByText('Ecommerce Basic')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Host dashboard' })).toBeVisible();
  });
});

describe('given the plan the account is on priced at Number.MAX_SAFE_INTEGER', () => {
  it('says the billing service sent something unexpected, and the host page stays', async () => {
    const data = withBasicPlan((plan) => {
      plan.prices = { month: { amount: Number.MAX_SAFE_INTEGER, currency: 'EUR' } };
    });
    renderHostPage(data, { queryClient: new QueryClient({ defaultOptions: { queries: { retry: false } } }) });

    expect(await screen.findByText('The billing service sent something unexpected')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Host dashboard' })).toBeVisible();
  });
});

describe('given the locale "en_US", which Intl refuses', () => {
  it('shows the summary with English prices and dates', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderHostPage(basicSubscriberData(), { locale: 'en_US' });

    expect(await screen.findByText('Ecommerce Basic')).toBeVisible();
    expect(screen.getByText('April 1, 2026')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Host dashboard' })).toBeVisible();
  });
});
