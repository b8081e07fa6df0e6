import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { PlanCard, PlanCatalog } from 'subscription-kit';
import { demoPlans } from 'subscription-kit/testing';
import { asShown, playIn } from './play';
import { demoClock, planNamed } from './scenarios';

const basic = planNamed('Ecommerce Basic');
const scale = planNamed('Ecommerce Scale');
const enterprise = planNamed('Enterprise');

const meta = {
  title: 'Plans/PlanCard',
  component: PlanCard,
  args: { plan: basic, onSelect: fn() },
  decorators: [
    (Story, { parameters }) => (
      <div className={parameters.page ? undefined : parameters.wide ? 'sb-Grid' : 'sb-Narrow'}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof PlanCard>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /Ecommerce Basic/ }));
    await expect(args.onSelect).toHaveBeenCalledWith(basic);
  },
};

export const Recommended: Story = {
  args: { plan: scale, recommended: true },
  play: async (context) => {
    const { t } = playIn(context);
    await expect(within(context.canvasElement).getByText(t('planCard.badge.recommended'))).toBeVisible();
  },
};

export const CurrentPlan: Story = {
  args: { plan: basic, current: true },
  play: async ({ args, canvasElement }) => {
    const button = within(canvasElement).getByRole('button');
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    await expect(args.onSelect).not.toHaveBeenCalled();
  },
};

export const Enterprise: Story = {
  args: { plan: enterprise },
};

/** The seed's three tiers side by side, as in the change-plan modal. */
export const Tiers: Story = {
  parameters: { wide: true },
  render: (args) => (
    <>
      <PlanCard plan={basic} current onSelect={args.onSelect} />
      <PlanCard plan={scale} recommended onSelect={args.onSelect} />
      <PlanCard plan={enterprise} onSelect={args.onSelect} />
    </>
  ),
};

/**
 * Every plan, as "See all plans" shows them, for an Ecommerce Basic customer on monthly billing:
 * the families with Enterprise last, the comparison with the current and recommended plans marked,
 * and the spring offer as a card that can be taken.
 */
export const Catalog: Story = {
  parameters: { page: true, subscriptionKit: { now: demoClock } },
  render: (args) => (
    <PlanCatalog
      catalog={demoPlans}
      currentPlanId="ecommerce-basic"
      recommendedPlanId="ecommerce-scale"
      onSelect={args.onSelect}
    />
  ),
  play: async (context) => {
    const { t } = playIn(context);
    const canvas = within(context.canvasElement);
    const table = canvas.getByRole('table', { name: t('catalog.comparison.caption') });
    await expect(within(table).getByText(t('catalog.comparison.current'))).toBeVisible();
    await expect(within(table).getByRole('rowheader', { name: t('catalog.comparison.price') })).toBeVisible();
    await userEvent.click(
      canvas.getByRole('button', { name: t('catalog.campaigns.takePlan', { plan: 'Ecommerce Scale' }) }),
    );
    await expect(context.args.onSelect).toHaveBeenCalledWith(scale, 'year');
  },
};

/** The same catalog with Annual chosen: per month billed annually, and the amount each year. */
export const CatalogAnnual: Story = {
  parameters: { page: true, subscriptionKit: { now: demoClock } },
  render: (args) => (
    <PlanCatalog
      catalog={demoPlans}
      interval="year"
      recommendedPlanId="ecommerce-scale"
      onSelect={args.onSelect}
    />
  ),
  play: async (context) => {
    const { t, matching, number } = playIn(context);
    const table = within(context.canvasElement).getByRole('table', { name: t('catalog.comparison.caption') });
    await expect(
      within(table).getByRole('rowheader', { name: t('catalog.comparison.priceYear') }),
    ).toBeVisible();
    // The two plans at €1,900 a year.
    const billed = within(table)
      .getAllByText(matching('planCard.billedAnnually'))
      .filter((price) => asShown(price.textContent ?? '').includes(number(1_900)));
    await expect(billed).toHaveLength(2);
  },
};
