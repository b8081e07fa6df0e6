import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { BillingSummary, PlanModal, PlanModalContent, PlanModalTrigger } from 'subscription-kit';
import type { SubscriptionKitParameters } from '../.storybook/preview';
import { overviewStory, scenarioStory } from './scenario-controls';
import { accountData, basicSubscriberData, demoClock, demoProvider, pastDueData } from './scenarios';
import { usageDocs } from './usage-docs';

function withProvider(subscriptionKit: SubscriptionKitParameters) {
  return { subscriptionKit: { now: demoClock, ...subscriptionKit } };
}

const meta = {
  title: 'Billing/BillingSummary',
  component: BillingSummary,
  args: { onUpdatePaymentMethod: fn() },
  parameters: {
    a11y: { context: 'body' },
    docs: usageDocs(
      'BillingSummary',
      "The billing cycle at a glance: the plan and its price, the next billing date, the upcoming bill line by line (the scheduled plan, the estimated overage), the annual saving, a scheduled change, and a past-due subscription's payment failure.",
    ),
    ...withProvider({ dataProvider: () => demoProvider(accountData('supportTemplate')) }),
  },
  render: (args) => (
    <main style={{ maxWidth: '60rem' }}>
      <BillingSummary {...args} />
    </main>
  ),
} satisfies Meta<typeof BillingSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Support Scale, monthly, with a downgrade scheduled for April 5 (cancellable). */
export const Monthly: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Support Scale')).toBeVisible();
    await expect(canvas.getByText('Your plan changes to Support Basic on April 5, 2026.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Cancel scheduled change' })).toBeVisible();
  },
};

/**
 * Anchored on January 31st: the next billing date is clamped to the month's end; usage runs over,
 * so the upcoming bill adds the estimated overage to the next month.
 */
export const MonthEndWithOverage: Story = {
  parameters: withProvider({ dataProvider: () => demoProvider(accountData('blockedDowngrade')) }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('March 31, 2026')).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'Upcoming bill on March 31, 2026' })).toBeVisible();
    await expect(canvas.getByRole('rowheader', { name: /^Estimated overage: about / })).toBeVisible();
  },
};

/** 45,000 of 50,000 conversations ten days in: next month, €900 of estimated overage, €1,090 in all. */
export const UpcomingBillWithOverage: Story = {
  parameters: withProvider({ dataProvider: () => demoProvider(accountData('nearLimit')) }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const total = await canvas.findByRole('row', { name: 'Total excl. tax €1,090.00' });
    await expect(total).toBeVisible();
    await expect(
      canvas.getByRole('row', { name: 'Estimated overage: about 89,500 conversations above 50,000 €900.00' }),
    ).toBeVisible();
  },
};

/** Enterprise, billed annually: what annual billing saves. */
export const Annual: Story = {
  parameters: withProvider({ dataProvider: () => demoProvider(accountData('beyondCatalog')) }),
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText('Annual billing saves you €3,780 (16%) a year.'),
    ).toBeVisible();
  },
};

/** With the change-plan modal in the header, as on the Organisation page. */
export const WithChangePlan: Story = {
  args: {
    actions: (
      <PlanModal>
        <PlanModalTrigger />
        <PlanModalContent />
      </PlanModal>
    ),
  },
  parameters: withProvider({ dataProvider: () => demoProvider(basicSubscriberData()) }),
};

/** The last payment failed: the same guidance as the plan-change flow, with its fix. */
export const PastDue: Story = {
  args: { paymentFailure: 'insufficient_funds' },
  parameters: withProvider({ dataProvider: () => demoProvider(pastDueData()) }),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Insufficient funds')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Update payment method' }));
    await expect(args.onUpdatePaymentMethod).toHaveBeenCalledTimes(1);
  },
};

export const NoSubscription: Story = {
  parameters: withProvider({ dataProvider: () => demoProvider(accountData('ecommerceTrial')) }),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText("You don't have a subscription yet.")).toBeVisible();
  },
};

export const Loading: Story = {
  parameters: withProvider({
    dataProvider: () => demoProvider(accountData('supportTemplate'), { delay: 3_600_000 }),
  }),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-status="loading"]')).not.toBeNull();
  },
};

export const LoadError: Story = {
  parameters: withProvider({
    dataProvider: () =>
      demoProvider(accountData('supportTemplate'), { faults: { getSubscription: 'unauthorized' } }),
  }),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText("We couldn't load your subscription.")).toBeVisible();
  },
};

/* -------------------------------------------------------------------------------------------------
 * The scenario knob, and the states side by side
 * -----------------------------------------------------------------------------------------------*/

/** Any scenario of the demo data from the Scenario knob: account, status, cards, failing reads. */
export const Scenarios = scenarioStory(BillingSummary, 'Status: past due', '36rem');

/** BillingSummary on each of these scenarios, side by side: the page a designer reviews in one look. */
export const Overview = overviewStory(
  BillingSummary,
  'billing-summary',
  [
    'Ecommerce Basic, monthly',
    'Ecommerce Basic, yearly',
    'Support Scale, downgrade scheduled',
    'Usage: heading past the limit',
    'Status: trialing',
    'Status: past due',
    'Status: canceled',
    'No subscription',
    'Loading forever',
    'Not signed in',
  ],
  '36rem',
);
