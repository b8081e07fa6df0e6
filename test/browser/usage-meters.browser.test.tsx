import { render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import {
  type BillingDataProvider,
  SUPPORTED_LOCALES,
  SubscriptionKitProvider,
  type Theme,
  UsageMeters,
} from 'subscription-kit';
import 'subscription-kit/styles.css';
import {
  estimateOverage,
  formatMoney,
  measureUsage,
  recommendPlans,
  usagePeriodAt,
} from 'subscription-kit/core';
import { createMemoryDataProvider, type MemoryBillingData } from 'subscription-kit/testing';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { shippedTranslations } from '../../stories/locales';
import {
  accountData,
  demoClock,
  demoProvider,
  type UsageScenario,
  usageData,
  usageScenarios,
} from '../../stories/scenarios';

function renderMeters(
  provider: BillingDataProvider,
  {
    theme = 'light' as Theme,
    locale = 'en',
    onUpdatePaymentMethod = undefined as (() => void) | undefined,
  } = {},
) {
  return render(
    <main>
      <SubscriptionKitProvider
        dataProvider={provider}
        now={demoClock}
        theme={theme}
        locale={locale}
        translations={shippedTranslations}
      >
        <UsageMeters planModal={onUpdatePaymentMethod ? { onUpdatePaymentMethod } : {}} />
      </SubscriptionKitProvider>
    </main>,
  );
}

/** What core makes of the same data at the same instant. */
function coreView(data: MemoryBillingData) {
  const subscription = data.subscription;
  const plan = data.plans.find((candidate) => candidate.id === subscription?.planId);
  if (!subscription || !plan) throw new Error('the scenario has no plan');
  const now = demoClock();
  const period = usagePeriodAt(subscription, now);
  const usage = data.account.usage ?? {};
  return {
    period,
    measures: measureUsage({ plan, usage, period, now }),
    overage: estimateOverage({ plan, usage, period, now }),
    recommendation: recommendPlans({
      catalog: data.plans,
      account: data.account,
      now,
      currentPlanId: plan.id,
      usagePeriod: period,
    }),
  };
}

const nudgeName = "You're heading past your plan's limits";

describe('given 45,000 of 50,000 conversations ten days into the period (createMemoryDataProvider)', () => {
  const data = accountData('nearLimit');

  it('projects past the limit and nudges to the plan the engine picks, with its reason and the overage', async () => {
    renderMeters(createMemoryDataProvider({ data, now: demoClock }));
    const core = coreView(data);
    const conversations = core.measures.find((measure) => measure.metric === 'conversations');
    expect(conversations).toMatchObject({
      used: 45_000,
      limit: 50_000,
      projected: 139_500,
      exceedsLimit: true,
    });
    expect(core.recommendation.outcome).toBe('plan');
    const picked = data.plans.find((plan) => plan.id === core.recommendation.planId);
    expect(picked?.name).toBe('Ecommerce Scale');

    const nudge = await screen.findByRole('region', { name: nudgeName });
    expect(
      within(nudge).getByText(
        'Conversations: about 140,000 by April 6, 2026, and your plan includes 50,000.',
      ),
    ).toBeVisible();
    // The overage is core's estimate to the minor unit: 90 started blocks of 1,000 at €10.
    expect(core.overage.total).toEqual({ amount: 90_000, currency: 'EUR' });
    expect(
      within(nudge).getByText(
        `Usage above the limit is billed per use: about ${formatMoney(core.overage.total, 'en')} on April 6, 2026, excluding tax.`,
      ),
    ).toBeVisible();
    expect(within(nudge).getByText(`${picked?.name} fits this usage.`)).toBeVisible();
    expect(
      within(nudge).getByText(
        "At this period's pace, you're heading for about 140,000 conversations a month",
      ),
    ).toBeVisible();
    // Scale's 61 blocks of overage at 160,425 (headroom included) cost less than Enterprise.
    expect(
      within(nudge).getByText(
        'Ecommerce Scale with about €610 of overage a month costs less than Enterprise',
      ),
    ).toBeVisible();
    // Basic's own overage is the line above, to the period's end: not a second figure at the need.
    expect(within(nudge).queryByText(/^Ecommerce Basic would add/)).toBeNull();
    expect(within(nudge).getByRole('button', { name: `Review ${picked?.name}` })).toBeVisible();
  });

  it('reads each meter to a screen reader by name and value', async () => {
    renderMeters(demoProvider(data));
    const meter = await screen.findByRole('meter', { name: 'Conversations' });
    expect(meter).toHaveAttribute('aria-valuemin', '0');
    expect(meter).toHaveAttribute('aria-valuemax', '50000');
    expect(meter).toHaveAttribute('aria-valuenow', '45000');
    expect(meter).toHaveAttribute('aria-valuetext', '45,000 of 50,000 conversations (90%)');
    const hint = document.getElementById(meter.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe('Near the limitAt this pace: about 140,000 by April 6, 2026');
    expect(
      ['Conversations', 'Documents', 'Assistants', 'Seats', 'AI tokens'].map((name) => {
        const element = screen.getByRole('meter', { name });
        return [element.getAttribute('aria-valuenow'), element.getAttribute('aria-valuemax')];
      }),
    ).toEqual([
      ['45000', '50000'],
      ['850', '1000'],
      ['2', '3'],
      ['3', '5'],
      ['2500000', '10000000'],
    ]);
    expect(meter.closest('li')).toHaveAttribute('data-state', 'warning');
    expect(meter.closest('li')).toHaveAttribute('data-projected-state', 'over');
  });

  it('opens the change-plan dialog on the review of that plan by keyboard, and returns focus on Escape', async () => {
    const provider = demoProvider(data);
    renderMeters(provider);
    const button = await screen.findByRole('button', { name: 'Review Ecommerce Scale' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Choose your plan' });
    expect(within(dialog).getByText('Ecommerce Basic, monthly → Ecommerce Scale, monthly')).toBeVisible();
    expect(await within(dialog).findByRole('button', { name: 'Confirm upgrade' })).toBeVisible();
    expect(provider.calls.previewChange).toBe(1);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('keeps the dialog through the upgrade that ends the offer, then lands focus on the meters', async () => {
    const provider = demoProvider(data);
    renderMeters(provider);
    await userEvent.click(await screen.findByRole('button', { name: 'Review Ecommerce Scale' }));
    const dialog = await screen.findByRole('dialog', { name: 'Choose your plan' });
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Confirm upgrade' }));
    expect(await within(dialog).findByText("You're now on Ecommerce Scale.")).toBeVisible();
    expect(provider.getData().subscription?.planId).toBe('ecommerce-scale');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Usage this period' }));
    // Still heading past 100,000, and Scale with its overage is the plan to be on: nothing to review.
    const nudge = screen.getByRole('region', { name: nudgeName });
    expect(within(nudge).queryByRole('button')).toBeNull();
    expect(screen.getByRole('meter', { name: 'Conversations' })).toHaveAttribute('aria-valuemax', '100000');
  });

  it('closes the dialog before sending the customer to their payment methods', async () => {
    const provider = demoProvider(data, { faults: { changePlan: 'payment_declined' } });
    const onUpdatePaymentMethod = vi.fn(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
    renderMeters(provider, { onUpdatePaymentMethod });
    await userEvent.click(await screen.findByRole('button', { name: 'Review Ecommerce Scale' }));
    const dialog = await screen.findByRole('dialog', { name: 'Choose your plan' });
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Confirm upgrade' }));
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Update payment method' }));
    expect(onUpdatePaymentMethod).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(provider.getData().subscription?.planId).toBe('ecommerce-basic');
  });

  it('goes back from the review to the plan choice', async () => {
    renderMeters(demoProvider(data));
    await userEvent.click(await screen.findByRole('button', { name: 'Review Ecommerce Scale' }));
    const dialog = await screen.findByRole('dialog', { name: 'Choose your plan' });
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Back to plans' }));
    expect(await within(dialog).findByRole('button', { name: 'See all plans' })).toBeVisible();
  });
});

describe('given a plan whose limits are hard', () => {
  it('leads with the upgrade, and estimates no overage', async () => {
    const data = usageData(usageScenarios.hardLimit);
    renderMeters(demoProvider(data));
    const nudge = await screen.findByRole('region', { name: nudgeName });
    expect(coreView(data).overage.lines).toEqual([]);
    expect(within(nudge).getByText("Your plan doesn't include usage above its limits.")).toBeVisible();
    expect(within(nudge).getByRole('button', { name: 'Review Ecommerce Scale' })).toHaveAttribute(
      'data-variant',
      'primary',
    );
  });
});

describe('given more documents held than the plan includes', () => {
  it('says how many are held, exactly, and nudges to a plan that holds them', async () => {
    const data = usageData({ usage: { conversations: 9_000, documents: 1_050, assistants: 2, seats: 3 } });
    renderMeters(demoProvider(data));
    const nudge = await screen.findByRole('region', { name: nudgeName });
    expect(within(nudge).getByText('Documents: 1,050 in use, and your plan includes 1,000.')).toBeVisible();
    expect(within(nudge).getByRole('button', { name: 'Review Ecommerce Scale' })).toBeVisible();
    const documents = screen.getByRole('meter', { name: 'Documents' });
    expect(documents).toHaveAttribute('aria-valuenow', '1000');
    expect(documents).toHaveAttribute('aria-valuetext', '1,050 of 1,000 documents (105%)');
    expect(documents.closest('li')).toHaveAttribute('data-state', 'over');
    expect(within(documents.closest('li') as HTMLElement).getByText('Over the limit')).toBeVisible();
  });
});

describe('given usage no plan of the catalog holds', () => {
  it('offers to talk about an enterprise setup instead of a plan', async () => {
    renderMeters(demoProvider(accountData('beyondCatalog')));
    const nudge = await screen.findByRole('region', { name: nudgeName });
    expect(
      within(nudge).getByText(
        "Your needs go beyond our standard plans: let's find the right setup together.",
      ),
    ).toBeVisible();
    await userEvent.click(within(nudge).getByRole('button', { name: 'See your options' }));
    const dialog = await screen.findByRole('dialog', { name: 'Choose your plan' });
    expect(await within(dialog).findByRole('button', { name: 'Contact sales' })).toBeVisible();
  });
});

const states: [string, UsageScenario | 'loading' | 'error'][] = [
  ['low', usageScenarios.low],
  ['near', usageScenarios.near],
  ['over', usageScenarios.overLimit],
  ['unlimited', usageScenarios.unlimited],
  ['no usage yet', usageScenarios.noUsage],
  ['loading', 'loading'],
  ['error', 'error'],
];

function providerFor(state: UsageScenario | 'loading' | 'error') {
  if (state === 'loading') return demoProvider(usageData(usageScenarios.low), { delay: 3_600_000 });
  if (state === 'error')
    return demoProvider(usageData(usageScenarios.low), { faults: { getAccount: 'unauthorized' } });
  return demoProvider(usageData(state));
}

describe.each(['light', 'dark'] as const)('given the meters in the %s theme', (theme) => {
  it.each(states)('passes every axe rule when %s', async (_name, state) => {
    const { container } = renderMeters(providerFor(state), { theme });
    const expected = state === 'loading' ? 'loading' : state === 'error' ? 'error' : 'ready';
    await expect.poll(() => container.querySelector(`[data-status="${expected}"]`)).not.toBeNull();
    const results = await axe.run(document.body);
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.html}`)).toEqual([]);
  });
});

describe.each(SUPPORTED_LOCALES.filter((locale) => locale !== 'en'))('given the %s locale', (locale) => {
  it.each(states)('translates every string when %s', async (_name, state) => {
    const { container } = renderMeters(providerFor(state), { locale });
    const english = renderMetersText(state);
    const expected = state === 'loading' ? 'loading' : state === 'error' ? 'error' : 'ready';
    await expect.poll(() => container.querySelector(`[data-status="${expected}"]`)).not.toBeNull();
    const text = container.textContent ?? '';
    expect(text).not.toMatch(/usageMeters\.|metrics\.|recommendations\./);
    for (const phrase of english) expect(text).not.toContain(phrase);
  });
});

/** English phrases that must not show through in another locale. */
function renderMetersText(state: UsageScenario | 'loading' | 'error'): string[] {
  if (state === 'error') return ["We couldn't load your usage."];
  if (state === 'loading') return ['Usage this period'];
  return ['Usage this period', 'At this pace', ' of ', 'Unlimited', 'Near the limit', 'No usage recorded'];
}
