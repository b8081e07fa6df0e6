import { render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import {
  PlanModal,
  PlanModalCatalog,
  PlanModalContent,
  PlanModalEnterpriseContact,
  PlanModalReview,
  PlanModalTrigger,
  SubscriptionKitProvider,
} from 'subscription-kit';
import 'subscription-kit/styles.css';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { demoClock, demoProvider } from '../../stories/scenarios';
import { tabTo } from '../support/keyboard';

describe('given a host that puts every plan first, then enterprise contact and the review, and nothing else', () => {
  it('shows them in its order and completes an upgrade by keyboard alone', async () => {
    const provider = demoProvider();
    render(
      <main>
        <SubscriptionKitProvider dataProvider={provider} now={demoClock}>
          <PlanModal>
            <PlanModalTrigger />
            <PlanModalContent contactUrl="https://example.com/sales">
              <PlanModalCatalog />
              <PlanModalEnterpriseContact />
              <PlanModalReview />
            </PlanModalContent>
          </PlanModal>
        </SubscriptionKitProvider>
      </main>,
    );
    await tabTo('Change plan');
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Choose your plan' });
    const seeAll = await within(dialog).findByRole('button', { name: 'See all plans' });
    const enterprise = within(dialog).getByRole('heading', { name: 'Need more?' });
    expect(seeAll.compareDocumentPosition(enterprise) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(dialog).queryByText('Recommended for you')).toBeNull();
    expect(within(dialog).queryByRole('radiogroup', { name: 'Billing' })).toBeNull();
    expect(within(dialog).queryByRole('article')).toBeNull();

    await tabTo('See all plans');
    await userEvent.keyboard('{Enter}');
    const catalog = await within(dialog).findByRole('region', { name: 'All plans' });
    expect(catalog.compareDocumentPosition(enterprise) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect((await axe.run(document.body)).violations.map((violation) => violation.id)).toEqual([]);

    await tabTo('Select Ecommerce Scale');
    await userEvent.keyboard('{Enter}');
    const heading = await within(dialog).findByRole('heading', { name: 'Review your upgrade' });
    expect(document.activeElement).toBe(heading);
    expect(within(dialog).queryByRole('heading', { name: 'Need more?' })).toBeNull();
    await within(dialog).findByText('€151.21');
    await tabTo('Confirm upgrade');
    await userEvent.keyboard('{Enter}');
    expect(await within(dialog).findByText("You're now on Ecommerce Scale.")).toBeVisible();
    expect(provider.calls.changePlan).toBe(1);
    expect(provider.getData().subscription?.planId).toBe('ecommerce-scale');

    await tabTo('Done');
    await userEvent.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
