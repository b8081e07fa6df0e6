import { render, within } from '@testing-library/react';
import axe from 'axe-core';
import { PlanModal, PlanModalContent, PlanModalTrigger, SubscriptionKitProvider } from 'subscription-kit';
import 'subscription-kit/styles.css';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { demoClock, demoProvider, manyPlansData } from '../../stories/scenarios';
import { openPlanModalByKeyboard, tabTo } from '../support/keyboard';

/*
 * "See all plans" with 10,000 plans: the catalog opens on its first plans, says how many of how
 * many it shows, and "Show more plans" adds the next ones, all by keyboard.
 */

async function openCatalogWithKeyboard() {
  render(
    <main>
      <SubscriptionKitProvider dataProvider={demoProvider(manyPlansData(10_000))} now={demoClock}>
        <PlanModal>
          <PlanModalTrigger />
          <PlanModalContent />
        </PlanModal>
      </SubscriptionKitProvider>
    </main>,
  );
  const dialog = await openPlanModalByKeyboard();
  await tabTo('See all plans');
  await userEvent.keyboard('{Enter}');
  return within(dialog).findByRole('region', { name: 'All plans' });
}

function comparisonColumns(catalog: HTMLElement) {
  // The first column names the rows; each further one is a plan.
  return (
    within(within(catalog).getByRole('table', { name: 'Compare plans' })).getAllByRole('columnheader')
      .length - 1
  );
}

describe('given a catalog of 10,000 plans and a keyboard user', () => {
  it('opens "See all plans" on the first 12, and says so', async () => {
    const catalog = await openCatalogWithKeyboard();
    expect(within(catalog).getAllByRole('article')).toHaveLength(12);
    expect(comparisonColumns(catalog)).toBe(12);
    expect(within(catalog).getByRole('status')).toHaveTextContent('Showing 12 of 10,000 plans');
    const results = await axe.run(document.body);
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });

  it('adds the next 12 with "Show more plans", moves focus to the first of them, and announces the count', async () => {
    const catalog = await openCatalogWithKeyboard();
    const firstBefore = within(catalog)
      .getAllByRole('article')
      .map((card) => card.getAttribute('aria-labelledby'));

    await tabTo('Show more plans (9,988)');
    await userEvent.keyboard('{Enter}');

    const cards = within(catalog).getAllByRole('article');
    expect(cards).toHaveLength(24);
    expect(comparisonColumns(catalog)).toBe(24);
    expect(within(catalog).getByRole('status')).toHaveTextContent('Showing 24 of 10,000 plans');
    expect(document.activeElement).toBe(cards[12]);
    expect(cards.slice(0, 12).map((card) => card.getAttribute('aria-labelledby'))).toEqual(firstBefore);

    // Tab goes on from the first added plan, to its button.
    await userEvent.tab();
    expect(cards[12]?.contains(document.activeElement)).toBe(true);
    expect(document.activeElement).toHaveRole('button');

    await tabTo('Show more plans (9,976)');
    await userEvent.keyboard('{Enter}');
    expect(within(catalog).getAllByRole('article')).toHaveLength(36);
    expect(within(catalog).getByRole('status')).toHaveTextContent('Showing 36 of 10,000 plans');
  });
});
