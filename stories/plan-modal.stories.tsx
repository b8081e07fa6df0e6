import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import {
  PlanModal,
  PlanModalCatalog,
  PlanModalContent,
  type PlanModalContentProps,
  PlanModalEnterpriseContact,
  PlanModalIntervalSwitch,
  PlanModalRecommendationBanner,
  PlanModalRecommendedPlans,
  PlanModalReview,
  PlanModalScheduledChange,
  PlanModalToolbar,
  PlanModalTrigger,
} from 'subscription-kit';
import type { SubscriptionKitParameters } from '../.storybook/preview';
import { type ScenarioArgs, scenarioArgType, withoutKnobs, withScenario } from './scenario-controls';
import {
  accountData,
  annualBasicData,
  basicSubscriberData,
  danishBasicSubscriberData,
  demoClock,
  demoProvider,
  manyPlansData,
  supportScaleData,
  usageData,
  usageScenarios,
} from './scenarios';
import { usageDocs } from './usage-docs';

/** The modal is portalled to the body: queries and the accessibility audit look there. */
function screenOf(canvasElement: HTMLElement) {
  return within(canvasElement.ownerDocument.body);
}

function withProvider(subscriptionKit: SubscriptionKitParameters) {
  return {
    subscriptionKit: { now: demoClock, supportUrl: 'https://example.com/support', ...subscriptionKit },
  };
}

const meta = {
  title: 'Plans/PlanModal',
  component: PlanModalContent,
  subcomponents: {
    PlanModal,
    PlanModalTrigger,
    PlanModalScheduledChange,
    PlanModalToolbar,
    PlanModalRecommendationBanner,
    PlanModalIntervalSwitch,
    PlanModalRecommendedPlans,
    PlanModalCatalog,
    PlanModalEnterpriseContact,
    PlanModalReview,
  },
  args: {
    onCheckout: fn(),
    onUpdatePaymentMethod: fn(),
  },
  parameters: {
    a11y: { context: 'body' },
    docs: usageDocs(
      'PlanModal',
      'The "Change plan" dialog: the recommendation and its reasons, the plan cards, "See all plans", the interval switch, enterprise contact, and the review of the chosen change. Its parts are sections a host may lay out itself (see the sub-components tab).',
    ),
    ...withProvider({ dataProvider: () => demoProvider() }),
  },
  render: (args) => (
    <main>
      <PlanModal defaultOpen>
        <PlanModalTrigger />
        <PlanModalContent {...args} />
      </PlanModal>
    </main>
  ),
} satisfies Meta<typeof PlanModalContent>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An e-commerce customer on Ecommerce Basic: recommended and Selected on the same card. */
export const ChangePlan: Story = {
  play: async ({ canvasElement }) => {
    const screen = screenOf(canvasElement);
    await expect(await screen.findByRole('dialog', { name: 'Choose your plan' })).toBeVisible();
    await expect(await screen.findByText('You chose an e-commerce assistant template')).toBeVisible();
    // The current plan is not a dead button: choosing it says that no change is needed.
    await expect(screen.getByRole('button', { name: 'Selected' })).not.toHaveAttribute('aria-disabled');
  },
};

export const Loading: Story = {
  parameters: withProvider({ dataProvider: () => demoProvider(basicSubscriberData(), { delay: 3_600_000 }) }),
  play: async ({ canvasElement }) => {
    const dialog = await screenOf(canvasElement).findByRole('dialog');
    await expect(dialog.querySelector('[data-status="loading"]')).not.toBeNull();
  },
};

export const LoadError: Story = {
  parameters: withProvider({
    dataProvider: () => demoProvider(basicSubscriberData(), { faults: { getCatalog: 'network' } }),
  }),
  play: async ({ canvasElement }) => {
    const screen = screenOf(canvasElement);
    // Network errors are retried twice, with backoff, before the error shows.
    await expect(
      await screen.findByText("We couldn't reach the billing service", {}, { timeout: 10_000 }),
    ).toBeVisible();
    await expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

export const EmptyCatalog: Story = {
  parameters: withProvider({ dataProvider: () => demoProvider({ ...basicSubscriberData(), plans: [] }) }),
  play: async ({ canvasElement }) => {
    await expect(
      await screenOf(canvasElement).findByText('No plans are available for your account right now.'),
    ).toBeVisible();
  },
};

/** Basic → Scale: the prorated preview before confirming. */
export const UpgradePreview: Story = {
  play: async ({ canvasElement }) => {
    const screen = screenOf(canvasElement);
    await userEvent.click(await screen.findByRole('button', { name: 'Select Ecommerce Scale' }));
    await expect(await screen.findByRole('button', { name: 'Confirm upgrade' })).toBeVisible();
    await expect(screen.getByText('Due now, excl. tax')).toBeVisible();
  },
};

export const UpgradeApplied: Story = {
  play: async (context) => {
    await UpgradePreview.play?.(context);
    const screen = screenOf(context.canvasElement);
    await userEvent.click(screen.getByRole('button', { name: 'Confirm upgrade' }));
    await expect(await screen.findByText("You're now on Ecommerce Scale.")).toBeVisible();
  },
};

/** Waits for a part of the review, by its `data-slot`, to show. */
async function slotIn(canvasElement: HTMLElement, slot: string) {
  await waitFor(() =>
    expect(canvasElement.ownerDocument.querySelector(`[data-slot="${slot}"]`)).toBeVisible(),
  );
}

/** Basic → Scale for a Danish consumer: the tax, the total, the card charged and the next renewal. */
export const UpgradeWithTax: Story = {
  args: { initialPlan: { planId: 'ecommerce-scale', interval: 'month' } },
  parameters: withProvider({ dataProvider: () => demoProvider(danishBasicSubscriberData()) }),
  play: async ({ canvasElement }) => {
    await slotIn(canvasElement, 'total');
    await slotIn(canvasElement, 'payment-method');
    await slotIn(canvasElement, 'next-renewal');
  },
};

/** Basic → Scale with no payment method on file: no Confirm, the way to add one instead. */
export const UpgradeWithoutPaymentMethod: Story = {
  args: { initialPlan: { planId: 'ecommerce-scale', interval: 'month' } },
  parameters: withProvider({
    dataProvider: () => demoProvider({ ...danishBasicSubscriberData(), paymentMethods: [] }),
  }),
  play: async ({ canvasElement }) => {
    await slotIn(canvasElement, 'no-payment-method');
  },
};

/** Basic, monthly → Basic, yearly: a new annual period now, the renewal date moves. */
export const MonthToYear: Story = {
  args: { initialPlan: { planId: 'ecommerce-basic', interval: 'year' } },
  play: async ({ canvasElement }) => {
    await slotIn(canvasElement, 'proration');
  },
};

/** Basic, yearly → Basic, monthly: scheduled for the end of the annual period. */
export const YearToMonth: Story = {
  args: { initialPlan: { planId: 'ecommerce-basic', interval: 'month' } },
  parameters: withProvider({ dataProvider: () => demoProvider(annualBasicData()) }),
  play: async ({ canvasElement }) => {
    await slotIn(canvasElement, 'next-renewal');
  },
};

/** Scale → Basic at a pace past Basic's limit: the warning and what Basic lacks. */
export const DowngradeWithLosses: Story = {
  args: { initialPlan: { planId: 'ecommerce-basic', interval: 'month' } },
  parameters: withProvider({ dataProvider: () => demoProvider(usageData(usageScenarios.paceOverBasic)) }),
  play: async ({ canvasElement }) => {
    await slotIn(canvasElement, 'downgrade-losses');
  },
};

/** Choosing the plan and interval held: "no change needed", with the way back. */
export const SamePlan: Story = {
  play: async ({ canvasElement }) => {
    const screen = screenOf(canvasElement);
    const current = (await screen.findAllByRole('article')).find((card) => card.hasAttribute('data-current'));
    await userEvent.click(within(current as HTMLElement).getByRole('button'));
    const review = await screen.findByRole('region');
    await expect(review).toHaveAttribute('data-step', 'review');
    await expect(within(review).getByRole('button')).toBeVisible();
  },
};

/** Support Scale → Support Basic: scheduled for the end of the period. */
export const DowngradeScheduled: Story = {
  parameters: withProvider({ dataProvider: () => demoProvider(supportScaleData()) }),
  play: async ({ canvasElement }) => {
    const screen = screenOf(canvasElement);
    await userEvent.click(await screen.findByRole('button', { name: 'Select Support Basic' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Schedule downgrade' }));
    await expect(
      await screen.findByText('Your plan changes to Support Basic on April 5, 2026.'),
    ).toBeVisible();
  },
};

/** A downgrade already scheduled, with the way to cancel it. */
export const ScheduledChange: Story = {
  parameters: withProvider({ dataProvider: () => demoProvider(accountData('supportTemplate')) }),
  play: async ({ canvasElement }) => {
    const screen = screenOf(canvasElement);
    await expect(
      await screen.findByText('Your plan changes to Support Basic on April 5, 2026.'),
    ).toBeVisible();
    await expect(screen.getByRole('button', { name: 'Cancel scheduled change' })).toBeVisible();
  },
};

export const DowngradeBlocked: Story = {
  parameters: withProvider({ dataProvider: () => demoProvider(accountData('blockedDowngrade')) }),
  play: async ({ canvasElement }) => {
    const screen = screenOf(canvasElement);
    await userEvent.click(await screen.findByRole('button', { name: 'See all plans' }));
    await userEvent.click(screen.getByRole('button', { name: 'Select Ecommerce Basic' }));
    await expect(await screen.findByText("You can't downgrade yet")).toBeVisible();
    await expect(screen.getAllByText('Reduce usage before downgrading.').length).toBeGreaterThan(0);
  },
};

function paymentFailure(
  code: 'payment_declined' | 'insufficient_funds' | 'card_expired',
  title: string,
): Story {
  return {
    parameters: withProvider({
      dataProvider: () => demoProvider(basicSubscriberData(), { faults: { changePlan: code } }),
    }),
    play: async ({ canvasElement, args }) => {
      const screen = screenOf(canvasElement);
      await userEvent.click(await screen.findByRole('button', { name: 'Select Ecommerce Scale' }));
      await userEvent.click(await screen.findByRole('button', { name: 'Confirm upgrade' }));
      await expect(await screen.findByText(title)).toBeVisible();
      await expect(screen.getByText('Your plan has not changed.')).toBeVisible();
      await userEvent.click(screen.getByRole('button', { name: 'Update payment method' }));
      await expect(args.onUpdatePaymentMethod).toHaveBeenCalled();
    },
  };
}

export const PaymentDeclined = paymentFailure('payment_declined', 'Your card was declined');
export const InsufficientFunds = paymentFailure('insufficient_funds', 'Insufficient funds');
export const CardExpired = paymentFailure('card_expired', 'Your card has expired');

export const PaymentNeedsConfirmation: Story = {
  parameters: withProvider({
    dataProvider: () => demoProvider(basicSubscriberData(), { faults: { changePlan: 'requires_action' } }),
  }),
  play: async ({ canvasElement, args }) => {
    const screen = screenOf(canvasElement);
    await userEvent.click(await screen.findByRole('button', { name: 'Select Ecommerce Scale' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Confirm upgrade' }));
    await expect(await screen.findByText('Your bank needs you to confirm this payment.')).toBeVisible();
    await expect(args.onCheckout).toHaveBeenCalledTimes(1);
  },
};

/** "See all plans": every tier, the comparison, the offers; Support Voice is not available here. */
export const AllPlans: Story = {
  play: async ({ canvasElement }) => {
    const screen = screenOf(canvasElement);
    await userEvent.click(await screen.findByRole('button', { name: 'See all plans' }));
    await expect(screen.getByRole('table', { name: 'Compare plans' })).toBeVisible();
    const voice = screen.getByRole('article', { name: 'Support Voice' });
    await expect(within(voice).getByRole('button', { name: 'Not available' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await expect(
      within(voice).getByText('Needs a different assistant configuration than yours'),
    ).toBeVisible();
    await expect(within(voice).getByRole('link', { name: 'Contact support' })).toBeVisible();
  },
};

/** 10,000 plans: "See all plans" opens on the first 12, says how many there are, and shows more. */
export const TenThousandPlans: Story = {
  parameters: withProvider({ dataProvider: () => demoProvider(manyPlansData(10_000)) }),
  play: async ({ canvasElement }) => {
    const screen = screenOf(canvasElement);
    await userEvent.click(await screen.findByRole('button', { name: 'See all plans' }));
    await expect(await screen.findByText('Showing 12 of 10,000 plans')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Show more plans (9,988)' }));
    await expect(await screen.findByText('Showing 24 of 10,000 plans')).toBeVisible();
  },
};

/** Annual billing: two months free, and the spring campaign on Ecommerce Scale. */
export const AnnualWithCampaign: Story = {
  play: async ({ canvasElement }) => {
    const screen = screenOf(canvasElement);
    await userEvent.click(await screen.findByRole('radio', { name: /Annual/ }));
    const scale = screen.getByRole('article', { name: 'Ecommerce Scale' });
    await expect(within(scale).getByText(/off until March 31, 2026/)).toBeVisible();
  },
};

/** Usage beyond every plan: the engine recommends talking to sales. */
export const BeyondTheCatalog: Story = {
  parameters: withProvider({ dataProvider: () => demoProvider(accountData('beyondCatalog')) }),
  play: async ({ canvasElement }) => {
    await expect(
      await screenOf(canvasElement).findByText(
        "Your needs go beyond our standard plans: let's find the right setup together.",
      ),
    ).toBeVisible();
  },
};

export const EnterpriseFormSent: Story = {
  play: async ({ canvasElement }) => {
    const screen = screenOf(canvasElement);
    await userEvent.click(await screen.findByRole('button', { name: 'Contact sales' }));
    await userEvent.type(screen.getByLabelText('Name'), 'Mette Hansen');
    await userEvent.type(screen.getByLabelText('Work email'), 'mette@example.dk');
    await userEvent.type(screen.getByLabelText('Company'), 'Nordlys ApS');
    await userEvent.click(screen.getByRole('checkbox', { name: 'SLA guarantees' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send to sales' }));
    await expect(await screen.findByText(/Our sales team will be in touch/)).toBeVisible();
  },
};

export const EnterpriseFormInvalid: Story = {
  play: async ({ canvasElement }) => {
    const screen = screenOf(canvasElement);
    await userEvent.click(await screen.findByRole('button', { name: 'Contact sales' }));
    await userEvent.type(screen.getByLabelText('Work email'), 'not-an-email');
    await userEvent.click(screen.getByRole('button', { name: 'Send to sales' }));
    await expect(screen.getByLabelText('Name')).toHaveFocus();
    await expect(screen.getByText('Enter a work email such as name@company.com')).toBeVisible();
  },
};

/**
 * The host's own layout: the banner, then every plan and the review, no interval switch, no
 * recommended cards and no enterprise contact. Sections left out are not shown.
 */
export const CustomLayout: Story = {
  render: (args) => (
    <main>
      <PlanModal defaultOpen>
        <PlanModalTrigger />
        <PlanModalContent {...args}>
          <PlanModalRecommendationBanner />
          <PlanModalCatalog />
          <PlanModalReview />
        </PlanModalContent>
      </PlanModal>
    </main>
  ),
  play: async ({ canvasElement }) => {
    const screen = screenOf(canvasElement);
    await expect(await screen.findByText('You chose an e-commerce assistant template')).toBeVisible();
    await expect(screen.queryByRole('radio', { name: /Annual/ })).toBeNull();
    await expect(screen.queryByRole('heading', { name: 'Need more?' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'See all plans' }));
    await userEvent.click(screen.getByRole('button', { name: 'Select Ecommerce Scale' }));
    await expect(await screen.findByRole('button', { name: 'Confirm upgrade' })).toBeVisible();
  },
};

/* -------------------------------------------------------------------------------------------------
 * The scenario knob
 * -----------------------------------------------------------------------------------------------*/

/** The dialog on any scenario of the demo data: account, usage, status, a failing card. */
export const Scenarios: StoryObj<PlanModalContentProps & ScenarioArgs> = {
  args: { scenario: 'Card declined on change', onCheckout: fn(), onUpdatePaymentMethod: fn() },
  argTypes: { ...scenarioArgType },
  decorators: [withScenario],
  render: (args) => (
    <main>
      <PlanModal defaultOpen>
        <PlanModalTrigger />
        <PlanModalContent {...withoutKnobs(args)} />
      </PlanModal>
    </main>
  ),
  play: async ({ canvasElement }) => {
    const dialog = await screenOf(canvasElement).findByRole('dialog');
    await waitFor(() => expect(dialog.querySelector('[data-slot="plan-card"]')).not.toBeNull());
  },
};
