import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { type Campaign as PlanCampaign, PlanCard, type PlanCardProps, PlanCatalog } from 'subscription-kit';
import { demoPlans } from 'subscription-kit/testing';
import { asShown, playIn } from './play';
import {
  campaignArgType,
  campaignOptions,
  planArgType,
  unavailableReasonOptions,
  unavailableReasonsArgType,
} from './scenario-controls';
import { demoClock, planNamed } from './scenarios';
import { usageDocs } from './usage-docs';

const basic = planNamed('Ecommerce Basic');
const scale = planNamed('Ecommerce Scale');
const enterprise = planNamed('Enterprise');

const meta = {
  title: 'Plans/PlanCard',
  component: PlanCard,
  args: { plan: basic, onSelect: fn() },
  argTypes: {
    plan: planArgType('The plan to show; pick one of the demo catalog.'),
    interval: { options: ['month', 'year'], control: { type: 'inline-radio' } },
    ...unavailableReasonsArgType,
  },
  parameters: {
    docs: usageDocs(
      'PlanCard',
      'One plan: its name, the price for the interval (with a running campaign\'s discount), the headline limits and features, and the button that chooses it — "Selected" on the current plan, disabled with the reasons on a plan the account cannot get.',
    ),
  },
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

/* -------------------------------------------------------------------------------------------------
 * Availability, campaigns, annual prices, and the states side by side
 * -----------------------------------------------------------------------------------------------*/

const voice = planNamed('Support Voice');

type PlaygroundArgs = PlanCardProps & { campaign?: PlanCampaign[] | undefined };
type PlaygroundStory = StoryObj<PlaygroundArgs>;

/** Renders the card with the Campaign knob's campaigns on its plan. */
function renderWithCampaign({ campaign, ...args }: PlaygroundArgs) {
  return (
    <PlanCard {...args} plan={campaign === undefined ? args.plan : { ...args.plan, campaigns: campaign }} />
  );
}

/** Disabled, with why: voice assistants only, sold in the Nordics. */
export const Unavailable: Story = {
  args: { plan: voice, unavailableReasons: unavailableReasonOptions['Voice only, and Nordic only'] },
  play: async ({ args, canvasElement }) => {
    const card = canvasElement.querySelector('[data-slot="plan-card"]') as HTMLElement;
    await expect(card).toHaveAttribute('data-unavailable');
    await expect(card.querySelectorAll('[data-slot="unavailable"] li')).toHaveLength(2);
    await userEvent.click(within(card).getByRole('button'));
    await expect(args.onSelect).not.toHaveBeenCalled();
  },
};

/** The spring offer on annual billing: the badge, the discounted price and when it ends. */
export const Campaign: Story = {
  args: { plan: scale, interval: 'year' },
  parameters: { subscriptionKit: { now: demoClock } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-slot="campaign-badge"]')).not.toBeNull();
  },
};

/** Annual billing without an offer: per month billed annually, with the yearly amount. */
export const Annual: Story = {
  args: { plan: basic, interval: 'year' },
  parameters: { subscriptionKit: { now: demoClock } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-slot="campaign-badge"]')).toBeNull();
    // €1,900 a year is €158.33 a month, in any locale's digits and separators.
    await expect(canvasElement.querySelector('[data-slot="price"]')?.textContent).toMatch(/158/);
    await expect(canvasElement.querySelector('.sk-PlanCard-billing')).not.toBeNull();
  },
};

/** Every knob: the plan, the interval, a campaign, and why it may be unavailable. */
export const Playground: PlaygroundStory = {
  args: { plan: scale, interval: 'year', campaign: campaignOptions['20 % off annual, until April 1st'] },
  argTypes: { ...campaignArgType },
  parameters: { subscriptionKit: { now: demoClock } },
  render: renderWithCampaign,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-slot="campaign-badge"]')).not.toBeNull();
  },
};

const OVERVIEW: { id: string; props: Omit<PlanCardProps, 'onSelect'> }[] = [
  { id: 'default', props: { plan: basic } },
  { id: 'recommended', props: { plan: scale, recommended: true } },
  { id: 'current', props: { plan: basic, current: true } },
  { id: 'annual', props: { plan: basic, interval: 'year' } },
  { id: 'campaign', props: { plan: scale, interval: 'year', recommended: true } },
  {
    id: 'unavailable',
    props: { plan: voice, unavailableReasons: unavailableReasonOptions['Voice assistants only'] },
  },
  {
    id: 'campaign-ended',
    props: { plan: scale, unavailableReasons: unavailableReasonOptions['Campaign ended'] },
  },
  { id: 'enterprise', props: { plan: enterprise } },
];

/** Every state of the card side by side: the page a designer reviews in one look. */
export const Overview: Story = {
  parameters: { page: true, subscriptionKit: { now: demoClock } },
  render: (args) => (
    <div className="sb-Gallery" style={{ maxWidth: '80rem' }}>
      {OVERVIEW.map(({ id, props }) => (
        <figure key={id} className="sb-GalleryItem" data-state-name={id}>
          <figcaption>
            <code>{id}</code>
          </figcaption>
          <PlanCard {...props} onSelect={args.onSelect} />
        </figure>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const card = (id: string) =>
      canvasElement.querySelector(`[data-state-name="${id}"] [data-slot="plan-card"]`);
    await expect(card('recommended')).toHaveAttribute('data-recommended');
    await expect(card('current')).toHaveAttribute('data-current');
    await expect(card('unavailable')).toHaveAttribute('data-unavailable');
    await expect(card('campaign')?.querySelector('[data-slot="campaign-badge"]')).toBeInstanceOf(HTMLElement);
  },
};
