import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type Plan, PlanCatalog, SubscriptionKitProvider } from 'subscription-kit';
import { demoPlans } from 'subscription-kit/testing';
import { describe, expect, it, vi } from 'vitest';
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

// Dozens of cards and a comparison rendered in jsdom: seconds of work on a busy machine.
describe('given a catalog of 12 plans or fewer', { timeout: 30_000 }, () => {
  it('shows every plan, with no count and no "Show more plans"', () => {
    renderCatalog(catalogOfSize(12));
    expect(screen.getAllByRole('article')).toHaveLength(12);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('button', { name: /Show more plans/ })).toBeNull();
  });
});

describe('given a catalog of 30 plans', { timeout: 30_000 }, () => {
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
  it('orders by family name, then tier, with Enterprise after the families, whatever the order it came in', () => {
    renderCatalog([...demoPlans].reverse());
    const families = [
      'Ecommerce Basic',
      'Ecommerce Scale',
      'Support Basic',
      'Support Scale',
      'Support Voice',
    ];
    expect(cardNames()).toEqual([...families, 'Enterprise']);
    const table = screen.getByRole('table', { name: 'Compare plans' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .slice(1)
        .map((header) => header.querySelector('.sk-ComparisonTable-plan')?.textContent),
    ).toEqual([...families, 'Enterprise']);
  });
});

/** The comparison's column header of a plan. */
function comparisonHeader(name: string) {
  const table = screen.getByRole('table', { name: 'Compare plans' });
  const header = within(table)
    .getAllByRole('columnheader')
    .find((cell) => cell.querySelector('.sk-ComparisonTable-plan')?.textContent === name);
  if (!header) throw new Error(`no column for ${name}`);
  return header;
}

/** The cells of the comparison's price row, by plan, as text. */
function priceRow() {
  const table = screen.getByRole('table', { name: 'Compare plans' });
  const row = within(table).getAllByRole('row')[1] as HTMLElement;
  return {
    label: within(row).getByRole('rowheader').textContent,
    cells: within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  };
}

describe('given the comparison with monthly prices', () => {
  it("shows each plan's monthly price", () => {
    renderCatalog(demoPlans);
    expect(priceRow()).toEqual({
      label: 'Price per month, excl. tax',
      cells: ['€190', '€490', '€190', '€490', '€690', '€1,890'],
    });
  });
});

describe('given the comparison with Annual chosen', () => {
  it('shows the annual prices as the cards do: per month, and the amount billed each year', () => {
    render(
      <SubscriptionKitProvider now={demoClock}>
        <PlanCatalog catalog={demoPlans} interval="year" />
      </SubscriptionKitProvider>,
    );
    const basicCard = screen.getByRole('article', { name: 'Ecommerce Basic' });
    expect(basicCard).toHaveTextContent('€158.33/month excl. tax');
    expect(basicCard).toHaveTextContent('€1,900 billed annually');
    const { label, cells } = priceRow();
    expect(label).toBe('Price per month, billed annually, excl. tax');
    expect(cells[0]).toBe('€158.33€1,900 billed annually');
    // The spring offer takes 20 % off Ecommerce Scale's annual price, on the card as in the table.
    expect(cells[1]).toBe('€326.67€3,920 billed annually');
    expect(screen.getByRole('article', { name: 'Ecommerce Scale' })).toHaveTextContent('€326.67/month');
  });
});

describe('given the current and the recommended plans', () => {
  it('marks each in its column with words, not colour alone', () => {
    renderCatalog(demoPlans, { currentPlanId: 'ecommerce-basic', recommendedPlanId: 'ecommerce-scale' });
    expect(comparisonHeader('Ecommerce Basic')).toHaveTextContent('Ecommerce BasicCurrent plan');
    expect(comparisonHeader('Ecommerce Basic')).toHaveAttribute('data-current');
    expect(comparisonHeader('Ecommerce Scale')).toHaveTextContent('Ecommerce ScaleRecommended');
    expect(comparisonHeader('Ecommerce Scale')).toHaveAttribute('data-recommended');
    expect(comparisonHeader('Support Basic')).toHaveTextContent(/^Support Basic$/);
  });
});

describe('given a special offer on annual billing', () => {
  it('shows it as a card with the price per year, the saving and a way to take it', async () => {
    const onSelect = vi.fn();
    render(
      <SubscriptionKitProvider now={demoClock}>
        <PlanCatalog catalog={demoPlans} onSelect={onSelect} />
      </SubscriptionKitProvider>,
    );
    const offers = screen.getByRole('region', { name: 'Special offers' });
    const offer = within(offers)
      .getAllByRole('listitem')
      .find((item) => within(item).queryByRole('heading', { name: 'Ecommerce Scale' })) as HTMLElement;
    expect(offer).toHaveTextContent('20% off annual billing until March 31, 2026');
    expect(offer).toHaveTextContent('€3,920/year');
    expect(offer).toHaveTextContent('You save €980 a year');
    await userEvent.click(within(offer).getByRole('button', { name: 'Take offer for Ecommerce Scale' }));
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ id: 'ecommerce-scale' }), 'year');
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
