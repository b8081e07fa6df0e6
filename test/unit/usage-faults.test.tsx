import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { type BillingErrorCode, SubscriptionKitProvider, UsageMeters } from 'subscription-kit';
import { describe, expect, it } from 'vitest';
import { accountData, demoClock } from '../../stories/scenarios';
import { describeFault, expectedTitle, faultsWith, providerWith } from '../support/faults';

/*
 * The fault matrix of the usage meters: each read they make × a typed error, a plain Error,
 * malformed data and a request that never settles. The customer reads what happened (or that it
 * is loading), and never a blank card.
 */

type Method = 'getSubscription' | 'getCatalog' | 'getAccount';

const CODES: Record<Method, BillingErrorCode[]> = {
  getSubscription: ['network', 'unauthorized', 'rate_limited'],
  getCatalog: ['network', 'unauthorized'],
  getAccount: ['network', 'unauthorized', 'not_found'],
};

describe.each(Object.keys(CODES) as Method[])('given %s', (method) => {
  it.each(faultsWith(CODES[method]).map((fault) => [describeFault(fault), fault] as const))(
    'when it %s, the meters say what happened',
    async (_label, fault) => {
      const provider = providerWith(method, fault, accountData('nearLimit'));
      const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
      const { container } = render(
        <SubscriptionKitProvider dataProvider={provider} queryClient={queryClient} now={demoClock}>
          <UsageMeters />
        </SubscriptionKitProvider>,
      );
      expect(screen.getByRole('heading', { name: 'Usage this period' })).toBeInTheDocument();
      if (fault.kind === 'hang') {
        expect(screen.getByRole('status')).toHaveTextContent('Loading…');
        expect(container.querySelector('[data-status="loading"]')).not.toBeNull();
        return;
      }
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(expectedTitle(fault));
      expect(alert).toHaveTextContent("We couldn't load your usage.");
      expect(screen.queryByRole('meter')).toBeNull();
    },
  );
});
