import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { PlanCatalog } from 'subscription-kit';
import { demoAccounts, demoPlans } from 'subscription-kit/testing';
import { accountArgType, galleryParameters } from './scenario-controls';
import { catalogOfSize, demoClock } from './scenarios';
import { usageDocs } from './usage-docs';

const catalogs = {
  'Demo catalog': demoPlans,
  'Ecommerce plans only': demoPlans.filter((plan) => plan.family === 'ecommerce'),
  '20 plans': catalogOfSize(20),
  '60 plans': catalogOfSize(60),
};

const planIds = [null, ...demoPlans.map((plan) => plan.id)];

const meta = {
  title: 'Plans/PlanCatalog',
  component: PlanCatalog,
  args: {
    catalog: demoPlans,
    currentPlanId: 'ecommerce-basic',
    recommendedPlanId: 'ecommerce-scale',
    onSelect: fn(),
  },
  argTypes: {
    catalog: {
      options: Object.keys(catalogs),
      mapping: catalogs,
      control: { type: 'select' },
    },
    account: accountArgType('The account the availability rules are checked against; pick a demo account.'),
    interval: { options: ['month', 'year'], control: { type: 'inline-radio' } },
    currentPlanId: { options: planIds, control: { type: 'select' } },
    recommendedPlanId: { options: planIds, control: { type: 'select' } },
  },
  parameters: {
    subscriptionKit: { now: demoClock },
    docs: usageDocs(
      'PlanCatalog',
      '"See all plans": every plan as a card, by family with Enterprise last, the comparison table with the current and recommended plans marked, and the special offers. Plans the account cannot get are disabled with the reason; more than 12 plans open on the first 12 with "Show more plans".',
    ),
  },
} satisfies Meta<typeof PlanCatalog>;

export default meta;
type Story = StoryObj<typeof meta>;

function catalogIn(element: HTMLElement) {
  return element.querySelector<HTMLElement>('[data-slot="plan-catalog"]') as HTMLElement;
}

/** Monthly prices: the cards, the comparison, the spring offer; a card's button chooses its plan. */
export const Monthly: Story = {
  play: async ({ args, canvasElement }) => {
    const catalog = catalogIn(canvasElement);
    await expect(within(catalog).getByRole('table')).toBeVisible();
    await expect(catalog.querySelector('[data-slot="offers"]')).not.toBeNull();
    const scale = catalog.querySelector('[data-slot="plan-card"][data-recommended]') as HTMLElement;
    await userEvent.click(within(scale).getByRole('button'));
    await expect(args.onSelect).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'ecommerce-scale' }),
      'month',
    );
  },
};

/** Annual prices, per month billed annually. */
export const Annual: Story = {
  args: { interval: 'year' },
  play: async ({ canvasElement }) => {
    await expect(
      catalogIn(canvasElement).querySelector('[data-slot="offers"] [data-interval="year"]'),
    ).not.toBeNull();
  },
};

/** For a Swedish chat account: Support Voice (voice assistants, Nordic only) is disabled, with why. */
export const WithUnavailablePlans: Story = {
  args: { account: demoAccounts.supportTemplate, currentPlanId: 'support-scale', recommendedPlanId: null },
  play: async ({ canvasElement }) => {
    const unavailable = catalogIn(canvasElement).querySelectorAll(
      '[data-slot="plan-card"][data-unavailable]',
    );
    await expect(unavailable.length).toBeGreaterThan(0);
    for (const card of unavailable) {
      await expect(card.querySelector('[data-slot="unavailable"]')).not.toBeNull();
    }
  },
};

/** Sixty plans: the first twelve (and the current and recommended), then "Show more plans". */
export const ManyPlans: Story = {
  args: { catalog: catalogOfSize(60) },
  play: async ({ canvasElement }) => {
    const catalog = catalogIn(canvasElement);
    const cards = () => catalog.querySelectorAll('[data-slot="plan-card"]').length;
    const before = cards();
    await userEvent.click(
      within(catalog.querySelector('[data-slot="show-more"]') as HTMLElement).getByRole('button'),
    );
    await waitFor(() => expect(cards()).toBeGreaterThan(before));
  },
};

/** One plan family, no current plan: nothing marked but the recommendation. */
export const OneFamily: Story = {
  args: { catalog: catalogs['Ecommerce plans only'], currentPlanId: null },
  play: async ({ canvasElement }) => {
    await expect(catalogIn(canvasElement).querySelector('[data-current]')).toBeNull();
  },
};

/** Monthly for the Ecommerce Basic customer and annual for the Swedish account, one above the other. */
export const Overview: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: '3rem' }}>
      {[
        { id: 'monthly', props: {} },
        { id: 'annual-support', props: { interval: 'year' as const, account: demoAccounts.supportTemplate } },
      ].map(({ id, props }) => (
        <figure key={id} className="sb-GalleryItem" data-state-name={id}>
          <figcaption id={`catalog-${id}`}>
            <code>{id}</code>
          </figcaption>
          <PlanCatalog {...args} {...props} aria-labelledby={`catalog-${id}`} />
        </figure>
      ))}
    </div>
  ),
  parameters: galleryParameters,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('[data-slot="plan-catalog"]')).toHaveLength(2);
    await expect(canvasElement.querySelectorAll('[data-unavailable]').length).toBeGreaterThan(0);
  },
};
