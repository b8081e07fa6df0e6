import { QueryClient } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import {
  BillingSummary,
  PaymentMethods,
  PlanModal,
  PlanModalContent,
  type SubscriptionKitEvent,
  UsageMeters,
} from 'subscription-kit';
import 'subscription-kit/styles.css';
import type { MemoryBillingData } from 'subscription-kit/testing';
import { describe, expect, it } from 'vitest';
import { demoProvider, invoiceHistoryData, withOverrides } from '../../stories/scenarios';
import { renderOnHostPage } from '../support/host-page';

/*
 * The values a hostile backend sent that once made core throw (and the host's whole page unmount),
 * added money across currencies, or passed as prices and dates: each against a host's page in
 * Chromium with the summary, the meters, the payment methods and the open plan modal. The page
 * stays, every part shows data or a message, and no figure the customer would not be charged shows.
 */

type Plan = Record<string, unknown> & { id: string; prices: Record<string, unknown> };

interface Attack {
  name: string;
  data: (data: MemoryBillingData) => void;
  /** Text that must never show: the figure the attack would put in front of the customer. */
  never?: RegExp;
}

function plan(data: MemoryBillingData, id = 'support-scale'): Plan {
  const found = data.plans.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`the demo catalog has ${id}`);
  return found as unknown as Plan;
}

const ATTACKS: Attack[] = [
  {
    name: 'the plan priced at Number.MAX_SAFE_INTEGER',
    data: (data) => {
      plan(data).prices = { month: { amount: Number.MAX_SAFE_INTEGER, currency: 'EUR' } };
    },
    never: /9,007,199/,
  },
  {
    name: 'an overage of 0 units per block, with usage over the limit',
    data: (data) => {
      plan(data).overage = { conversations: { unitAmount: { amount: 1000, currency: 'EUR' }, perUnits: 0 } };
      data.account = { ...data.account, usage: { ...data.account.usage, conversations: 500_000 } };
    },
    never: /∞|Infinity|NaN/,
  },
  {
    name: 'a card expiring in the year 1,000,000,000',
    data: (data) => {
      const [first] = data.paymentMethods ?? [];
      if (first) Object.assign(first, { expYear: 1e9 });
    },
    never: /1000000000|1,000,000,000/,
  },
  {
    name: 'an availability window ending in the year -271821',
    data: (data) => {
      plan(data, 'enterprise').availability = {
        window: { startsAt: '2026-01-01T00:00:00.000Z', endsAt: '-271821-04-20T00:00:00.000Z' },
      };
    },
    never: /271821/,
  },
  {
    name: 'a plan in EUR whose overage is in USD',
    data: (data) => {
      plan(data).overage = {
        conversations: { unitAmount: { amount: 1000, currency: 'USD' }, perUnits: 1000 },
      };
      data.account = { ...data.account, usage: { ...data.account.usage, conversations: 190_000 } };
    },
    never: /\$/,
  },
  {
    name: 'a yearly price in JPY against a monthly one in EUR',
    data: (data) => {
      plan(data).prices = {
        month: { amount: 49000, currency: 'EUR' },
        year: { amount: 37000, currency: 'JPY' },
      };
    },
    never: /¥|save 9\d/i,
  },
  {
    name: 'a negative price',
    data: (data) => {
      plan(data, 'support-basic').prices = { month: { amount: -19000, currency: 'EUR' } };
    },
    never: /-\s?€|€\s?-|−/,
  },
  {
    name: 'a discount of 150 %',
    data: (data) => {
      plan(data, 'support-voice').campaigns = [
        {
          id: 'x',
          discountPercent: 150,
          startsAt: '2026-01-01T00:00:00.000Z',
          endsAt: '2027-01-01T00:00:00.000Z',
        },
      ];
    },
    never: /150/,
  },
  {
    name: 'a period starting "1" (the year 2001)',
    data: (data) => {
      if (data.subscription)
        data.subscription = {
          ...data.subscription,
          currentPeriod: { ...data.subscription.currentPeriod, start: '1' },
        };
    },
    never: /2001/,
  },
  {
    name: 'two plans with one id (an impostor)',
    data: (data) => {
      data.plans.push({ ...structuredClone(data.plans[3]), name: 'Impostor Scale' } as never);
    },
    never: /Impostor/,
  },
];

function renderHostPage(data: MemoryBillingData) {
  const events: SubscriptionKitEvent[] = [];
  const provider = demoProvider(data);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  renderOnHostPage(
    <>
      <BillingSummary />
      <UsageMeters />
      <PaymentMethods />
      <PlanModal defaultOpen>
        <PlanModalContent />
      </PlanModal>
    </>,
    { dataProvider: provider, queryClient, onEvent: (event) => events.push(event) },
  );
  return { events, queryClient };
}

describe.each(ATTACKS)('given $name', ({ data: attack, never }) => {
  it('keeps the host page, shows data or a message in every part, and never the hostile figure', async () => {
    const data = structuredClone(invoiceHistoryData(3));
    attack(data);
    const { events, queryClient } = renderHostPage(data);

    await waitFor(() => {
      expect(document.querySelector('[aria-busy="true"]')).toBeNull();
      expect(queryClient.isFetching()).toBe(0);
    });
    expect(await screen.findAllByText('The billing service sent something unexpected')).not.toHaveLength(0);
    // The open dialog hides the page from assistive technology, not from sight.
    expect(screen.getByText('Host dashboard')).toBeVisible();
    expect(events.filter((event) => event.type === 'render_failed')).toEqual([]);
    if (never) expect(document.body.textContent).not.toMatch(never);
  });
});

describe('given a price whose getter answers differently after it has been checked', () => {
  it('shows the checked price: the boundary hands on a copy, not the hostile object', async () => {
    const data = structuredClone(invoiceHistoryData(3));
    const provider = demoProvider(data);
    const hostile = Object.assign(withOverrides(provider, {}), {
      getCatalog: async () => {
        const plans = await provider.getCatalog({});
        return plans.map((entry) => {
          let reads = 0;
          const month = entry.prices.month;
          return Object.defineProperty({ ...entry, prices: { ...entry.prices } }, 'prices', {
            enumerable: true,
            get: () =>
              reads++ === 0 ? { ...entry.prices, month } : { month: { amount: -1, currency: 'XXX' } },
          });
        });
      },
    }) as typeof provider;
    const events: SubscriptionKitEvent[] = [];
    renderOnHostPage(
      <>
        <BillingSummary />
        <PlanModal defaultOpen>
          <PlanModalContent />
        </PlanModal>
      </>,
      { dataProvider: hostile, onEvent: (event) => events.push(event) },
    );
    expect((await screen.findAllByText(/€490/)).length).toBeGreaterThan(0);
    expect(document.body.textContent).not.toMatch(/XXX|-0\.01/);
    expect(events.filter((event) => event.type === 'render_failed')).toEqual([]);
    // The open dialog hides the page from assistive technology, not from sight.
    expect(screen.getByText('Host dashboard')).toBeVisible();
  });
});
