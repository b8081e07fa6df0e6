import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type Plan, PlanCatalog, SubscriptionKitProvider } from 'subscription-kit';
import { demoPlans } from 'subscription-kit/testing';
import { describe, expect, it } from 'vitest';
import { shippedTranslations } from '../../stories/locales';
import { catalogOfSize, demoClock } from '../../stories/scenarios';

/*
 * A long catalog shows its first plans, and always the current and recommended ones, with how many
 * of how many it shows and "Show more plans"; a short one shows every plan, as it always did.
 */

function renderCatalog(catalog: Plan[], props: { currentPlanId?: string; recommendedPlanId?: string } = {}) {
  return render(
    <SubscriptionKitProvider now={demoClock}>
      <PlanCatalog catalog={catalog} {...props} />
    </SubscriptionKitProvider>,
  );
}

function cardNames() {
  return screen.getAllByRole('article').map((card) => within(card).getByRole('heading').textContent);
}

describe('given a catalog of 12 plans or fewer', () => {
  it('shows every plan, with no count and no "Show more plans"', () => {
    renderCatalog(catalogOfSize(12));
    expect(screen.getAllByRole('article')).toHaveLength(12);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('button', { name: /Show more plans/ })).toBeNull();
  });
});

describe('given a catalog of 30 plans', () => {
  const catalog = catalogOfSize(30);
  const last = catalog.at(-1) as Plan;
  const secondLast = catalog.at(-2) as Plan;

  it('shows the first 12 in catalog order, and the current and recommended plans wherever they are', () => {
    renderCatalog(catalog, { currentPlanId: last.id, recommendedPlanId: secondLast.id });
    const names = cardNames();
    expect(names).toHaveLength(14);
    expect(names).toEqual(expect.arrayContaining([last.name, secondLast.name]));
    expect(names.slice(0, 2)).toEqual(['Ecommerce Basic', 'Ecommerce Scale']);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 14 of 30 plans');
    expect(screen.getByRole('button', { name: 'Show more plans (16)' })).toBeInTheDocument();
  });

  it('adds 12 more plans per "Show more plans" until all are shown, moving focus to the first added', async () => {
    renderCatalog(catalog);
    await userEvent.click(screen.getByRole('button', { name: 'Show more plans (18)' }));
    const cards = screen.getAllByRole('article');
    expect(cards).toHaveLength(24);
    expect(document.activeElement).toBe(cards[12]);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 24 of 30 plans');

    await userEvent.click(screen.getByRole('button', { name: 'Show more plans (6)' }));
    expect(screen.getAllByRole('article')).toHaveLength(30);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 30 of 30 plans');
    expect(screen.queryByRole('button', { name: /Show more plans/ })).toBeNull();
  });

  it('compares only the plans on screen', async () => {
    renderCatalog(catalog);
    const table = screen.getByRole('table', { name: 'Compare plans' });
    expect(within(table).getAllByRole('columnheader')).toHaveLength(13);
    await userEvent.click(screen.getByRole('button', { name: 'Show more plans (18)' }));
    expect(within(table).getAllByRole('columnheader')).toHaveLength(25);
  });
});

describe('given the order of a catalog', () => {
  it('orders by family name, then tier, whatever the order it came in', () => {
    renderCatalog([...demoPlans].reverse());
    expect(cardNames()).toEqual(
      [...demoPlans]
        .sort((a, b) => a.family.localeCompare(b.family) || a.tierRank - b.tierRank)
        .map((plan) => plan.name),
    );
  });
});

describe.each([
  ['da', 'Viser 12 af 10.000 planer', 'Vis flere planer (9.988)'],
  ['de', '12 von 10.000 Tarifen angezeigt', 'Mehr Tarife anzeigen (9.988)'],
  ['es', 'Mostrando 12 de 10.000 planes', 'Ver más planes (9988)'],
  ['fr', '12 forfaits affichés sur 10 000', 'Afficher plus de forfaits (9 988)'],
])('given the %s locale and 10,000 plans', (locale, status, button) => {
  it('says how many it shows, and offers more, in that language', () => {
    render(
      <SubscriptionKitProvider now={demoClock} locale={locale} translations={shippedTranslations}>
        <PlanCatalog catalog={catalogOfSize(10_000)} />
      </SubscriptionKitProvider>,
    );
    // Grouping separators vary (a no-break or narrow no-break space in French): compare as spaces.
    const spaced = (text: string | null) => text?.replace(/\s/g, ' ');
    expect(spaced(screen.getByRole('status').textContent)).toBe(status);
    expect(screen.getAllByRole('button').map((element) => spaced(element.textContent))).toContain(button);
  });
});
