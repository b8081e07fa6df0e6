import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import 'subscription-kit/styles.css';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import en from '../../locales/en/subscription-kit.json';
import { shippedTranslations } from '../../stories/locales';
import { basicSubscriberData, demoProvider } from '../../stories/scenarios';
import { renderPlanModal } from '../support/plan-modal';

/*
 * "See all plans" as an Ecommerce Basic customer on monthly billing, in English and Danish: the
 * comparison says what the cards say for the interval chosen, marks the current and recommended
 * plans in words, keeps the plan and row names in view at 390 px, and an offer can be taken.
 */

const strings = { en, da: shippedTranslations.da };

afterEach(async () => {
  await page.viewport(1280, 900);
});

async function openComparison(locale: 'en' | 'da') {
  const s = strings[locale];
  renderPlanModal(demoProvider(basicSubscriberData()), { locale, translations: shippedTranslations });
  await userEvent.click(await screen.findByRole('button', { name: s.planModal.trigger }));
  const dialog = await screen.findByRole('dialog', { name: s.planModal.title });
  await userEvent.click(await within(dialog).findByRole('button', { name: s.planModal.seeAll }));
  const catalog = await within(dialog).findByRole('region', { name: s.catalog.heading });
  const table = within(catalog).getByRole('table', { name: s.catalog.comparison.caption });
  return { s, dialog, catalog, table };
}

/** The column headers' plan names, in order. */
function planNames(table: HTMLElement) {
  return [...table.querySelectorAll('thead .sk-ComparisonTable-plan')].map((name) => name.textContent);
}

function header(table: HTMLElement, plan: string) {
  const cell = [...table.querySelectorAll('thead th')].find(
    (th) => th.querySelector('.sk-ComparisonTable-plan')?.textContent === plan,
  );
  if (!(cell instanceof HTMLElement)) throw new Error(`no column for ${plan}`);
  return cell;
}

function priceCells(table: HTMLElement) {
  const row = table.querySelector('tbody tr') as HTMLElement;
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent?.replace(/\s/g, ' '));
}

describe.each(['en', 'da'] as const)('given the comparison in %s', (locale) => {
  it('groups the families with Enterprise last and marks the current and the recommended plan in words', async () => {
    const { s, table } = await openComparison(locale);
    expect(planNames(table)).toEqual([
      'Ecommerce Basic',
      'Ecommerce Scale',
      'Support Basic',
      'Support Scale',
      'Support Voice',
      'Enterprise',
    ]);
    expect(header(table, 'Ecommerce Basic')).toHaveTextContent(s.catalog.comparison.current);
    expect(header(table, 'Ecommerce Basic')).toHaveTextContent(s.planCard.badge.recommended);
    expect(header(table, 'Support Basic')).toHaveAttribute('data-family-start');
    expect(header(table, 'Enterprise')).toHaveAttribute('data-family-start');
    expect((await axe.run(document.body)).violations.map((violation) => violation.id)).toEqual([]);
  });

  it('shows annual prices when Annual is chosen, as the cards do', async () => {
    const { s, dialog, table, catalog } = await openComparison(locale);
    const monthly = priceCells(table);
    await userEvent.click(within(dialog).getByRole('radio', { name: new RegExp(`^${s.interval.year}`) }));
    const annual = priceCells(table);
    expect(annual).not.toEqual(monthly);
    const billed = s.planCard.billedAnnually.split('{{price}}').join('');
    for (const cell of annual) expect(cell).toContain(billed.trim());
    const scaleCard = within(catalog).getByRole('article', { name: 'Ecommerce Scale' });
    const cardBilling = scaleCard.querySelector('.sk-PlanCard-billing')?.textContent?.replace(/\s/g, ' ');
    expect(annual[1]).toContain(cardBilling);
    expect(table.querySelector('tbody th')).toHaveTextContent(s.catalog.comparison.priceYear);
  });

  it('keeps the plan names and the row names in view when the table scrolls at 390 px', async () => {
    await page.viewport(390, 844);
    const { table } = await openComparison(locale);
    const region = table.parentElement as HTMLElement;
    expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
    expect(region.scrollHeight).toBeGreaterThan(region.clientHeight);
    region.scrollIntoView({ block: 'center' });
    region.scrollTo({ left: region.scrollWidth, top: region.scrollHeight });
    await expect.poll(() => region.scrollTop).toBeGreaterThan(0);
    const frame = region.getBoundingClientRect();
    const lastRow = [...table.querySelectorAll('tbody tr')].at(-1) as HTMLElement;
    const lastCell = lastRow.lastElementChild as HTMLElement;
    const enterprise = header(table, 'Enterprise').getBoundingClientRect();
    // The last plan's name is still above its last value, inside the region.
    expect(enterprise.top).toBeGreaterThanOrEqual(frame.top - 1);
    expect(enterprise.bottom).toBeLessThanOrEqual(lastCell.getBoundingClientRect().top + 1);
    expect(Math.round(enterprise.left)).toBe(Math.round(lastCell.getBoundingClientRect().left));
    // The row's name is still at the start of the region, beside its value.
    const rowName = (lastRow.firstElementChild as HTMLElement).getBoundingClientRect();
    expect(rowName.left).toBeGreaterThanOrEqual(frame.left - 1);
    expect(rowName.right).toBeLessThanOrEqual(lastCell.getBoundingClientRect().left + 1);
    expect(document.elementFromPoint(enterprise.left + 4, enterprise.top + 4)?.closest('th')).toBe(
      header(table, 'Enterprise'),
    );
  });

  it('takes the annual offer on Ecommerce Scale through the plan change, on annual billing', async () => {
    const { s, dialog, catalog } = await openComparison(locale);
    const offers = within(catalog).getByRole('region', { name: s.catalog.campaigns.heading });
    const offer = within(offers)
      .getAllByRole('listitem')
      .find((item) => within(item).queryByRole('heading', { name: 'Ecommerce Scale' })) as HTMLElement;
    expect(offer.textContent).toContain(s.catalog.campaigns.price_year.replace('{{price}}', '').trim());
    await userEvent.click(
      within(offer).getByRole('button', {
        name: s.catalog.campaigns.takePlan.replace('{{plan}}', 'Ecommerce Scale'),
      }),
    );
    await within(dialog).findByRole('heading', { name: s.review.title.upgrade });
    const side = (plan: string, interval: 'month' | 'year') =>
      s.review.selection.replace('{{plan}}', plan).replace('{{interval}}', s.review.interval[interval]);
    expect(dialog).toHaveTextContent(
      `${side('Ecommerce Basic', 'month')} → ${side('Ecommerce Scale', 'year')}`,
    );
  });
});
