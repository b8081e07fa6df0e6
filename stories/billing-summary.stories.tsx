import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { BillingSummary, PlanModal, PlanModalContent, PlanModalTrigger } from 'subscription-kit';
import type { SubscriptionKitParameters } from '../.storybook/preview';
import { part, playIn } from './play';
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
  play: async (context) => {
    const { screen, t, matching } = playIn(context);
    await expect(await screen.findByText('Support Scale')).toBeVisible();
    await expect(
      screen.getByText(matching('scheduledChange.notice', { plan: 'Support Basic' })),
    ).toBeVisible();
    await expect(screen.getByRole('button', { name: t('scheduledChange.cancel') })).toBeVisible();
  },
};

/**
 * Anchored on January 31st: the next billing date is clamped to the month's end; usage runs over,
 * so the upcoming bill adds the estimated overage to the next month.
 */
export const MonthEndWithOverage: Story = {
  parameters: withProvider({ dataProvider: () => demoProvider(accountData('blockedDowngrade')) }),
  play: async (context) => {
    const { screen, t, date, matching } = playIn(context);
    // The clamped date, in the story's locale, as the next billing date and in the bill's heading.
    const march31 = date('2026-03-31T00:00:00Z');
    await expect(await screen.findByText(march31)).toBeVisible();
    await expect(
      screen.getByRole('heading', { name: t('billingSummary.upcoming.title', { date: march31 }) }),
    ).toBeVisible();
    await expect(
      screen.getByRole('rowheader', { name: matching('billingSummary.upcoming.overage') }),
    ).toBeVisible();
  },
};

/** 45,000 of 50,000 conversations ten days in: next month, €900 of estimated overage, €1,090 in all. */
export const UpcomingBillWithOverage: Story = {
  parameters: withProvider({ dataProvider: () => demoProvider(accountData('nearLimit')) }),
  play: async (context) => {
    const { screen, t, number, euros, matching, named } = playIn(context);
    const total = await screen.findByRole('row', {
      name: named(`${t('billingSummary.upcoming.total')} ${euros(1_090)}`),
    });
    await expect(total).toBeVisible();
    const overage = part(context.canvasElement, '[data-line="overage"]');
    await expect(within(overage).getByRole('rowheader')).toHaveTextContent(
      matching('billingSummary.upcoming.overage', { over: number(89_500), limit: number(50_000) }),
    );
    await expect(overage).toHaveTextContent(euros(900));
  },
};

/** Enterprise, billed annually: what annual billing saves. */
export const Annual: Story = {
  parameters: withProvider({ dataProvider: () => demoProvider(accountData('beyondCatalog')) }),
  play: async (context) => {
    const { screen, matching } = playIn(context);
    await expect(await screen.findByText(matching('billingSummary.annual.saving'))).toBeVisible();
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
  play: async (context) => {
    const { screen, t } = playIn(context);
    await expect(await screen.findByText(t('errors.insufficient_funds.title'))).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: t('errors.updatePaymentMethod') }));
    await expect(context.args.onUpdatePaymentMethod).toHaveBeenCalledTimes(1);
  },
};

export const NoSubscription: Story = {
  parameters: withProvider({ dataProvider: () => demoProvider(accountData('ecommerceTrial')) }),
  play: async (context) => {
    const { screen, t } = playIn(context);
    await expect(await screen.findByText(t('billingSummary.empty'))).toBeVisible();
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
  play: async (context) => {
    const { screen, t } = playIn(context);
    await expect(await screen.findByText(t('billingSummary.loadError'))).toBeVisible();
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
