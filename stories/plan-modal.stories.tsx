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
import { dialogOnDocsPage, onAPhone, playIn } from './play';
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
    docs: {
      ...dialogOnDocsPage.docs,
      ...usageDocs(
        'PlanModal',
        'The "Change plan" dialog: the recommendation and its reasons, the plan cards, "See all plans", the interval switch, enterprise contact, and the review of the chosen change. Its parts are sections a host may lay out itself (see the sub-components tab).',
      ),
    },
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
  play: async (context) => {
    const { screen, t } = playIn(context);
    await expect(await screen.findByRole('dialog', { name: t('planModal.title') })).toBeVisible();
    await expect(
      await screen.findByText(t('recommendations.reasons.template_match_ecommerce')),
    ).toBeVisible();
    // The current plan is not a dead button: choosing it says that no change is needed.
    await expect(screen.getByRole('button', { name: t('planCard.cta.selected') })).not.toHaveAttribute(
      'aria-disabled',
    );
  },
};

export const Loading: Story = {
  parameters: withProvider({ dataProvider: () => demoProvider(basicSubscriberData(), { delay: 3_600_000 }) }),
  play: async (context) => {
    const dialog = await playIn(context).screen.findByRole('dialog');
    await expect(dialog.querySelector('[data-status="loading"]')).not.toBeNull();
  },
};

export const LoadError: Story = {
  parameters: withProvider({
    dataProvider: () => demoProvider(basicSubscriberData(), { faults: { getCatalog: 'network' } }),
  }),
  play: async (context) => {
    const { screen, t } = playIn(context);
    // Network errors are retried twice, with backoff, before the error shows.
    await expect(await screen.findByText(t('errors.network.title'), {}, { timeout: 10_000 })).toBeVisible();
    await expect(screen.getByRole('button', { name: t('common.retry') })).toBeVisible();
  },
};

export const EmptyCatalog: Story = {
  parameters: withProvider({ dataProvider: () => demoProvider({ ...basicSubscriberData(), plans: [] }) }),
  play: async (context) => {
    const { screen, t } = playIn(context);
    await expect(await screen.findByText(t('planModal.empty'))).toBeVisible();
  },
};

/** Basic → Scale: the prorated preview before confirming. */
export const UpgradePreview: Story = {
  play: async (context) => {
    const { screen, t } = playIn(context);
    await userEvent.click(
      await screen.findByRole('button', { name: t('planCard.cta.selectPlan', { plan: 'Ecommerce Scale' }) }),
    );
    await expect(await screen.findByRole('button', { name: t('review.confirm.upgrade') })).toBeVisible();
    await expect(screen.getByText(t('review.lines.amountDue'))).toBeVisible();
  },
};

export const UpgradeApplied: Story = {
  play: async (context) => {
    await UpgradePreview.play?.(context);
    const { screen, t } = playIn(context);
    await userEvent.click(screen.getByRole('button', { name: t('review.confirm.upgrade') }));
    await expect(
      await screen.findByText(t('review.done.applied', { plan: 'Ecommerce Scale' })),
    ).toBeVisible();
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
  play: async (context) => {
    const { screen } = playIn(context);
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
  play: async (context) => {
    const { screen, t } = playIn(context);
    await userEvent.click(
      await screen.findByRole('button', { name: t('planCard.cta.selectPlan', { plan: 'Support Basic' }) }),
    );
    await userEvent.click(await screen.findByRole('button', { name: t('review.confirm.downgrade') }));
    const done = await waitFor(() => {
      const review = context.canvasElement.ownerDocument.querySelector('[data-slot="plan-change-review"]');
      expect(review).toHaveAttribute('data-step', 'done');
      return review as HTMLElement;
    });
    await expect(within(done).getByRole('status')).toHaveTextContent(/Support Basic/);
  },
};

/** A downgrade already scheduled, with the way to cancel it. */
export const ScheduledChange: Story = {
  parameters: withProvider({ dataProvider: () => demoProvider(accountData('supportTemplate')) }),
  play: async (context) => {
    const { screen, t } = playIn(context);
    await slotIn(context.canvasElement, 'scheduled-change');
    await expect(screen.getByRole('button', { name: t('scheduledChange.cancel') })).toBeVisible();
  },
};

export const DowngradeBlocked: Story = {
  parameters: withProvider({ dataProvider: () => demoProvider(accountData('blockedDowngrade')) }),
  play: async (context) => {
    const { screen, t } = playIn(context);
    await userEvent.click(await screen.findByRole('button', { name: t('planModal.seeAll') }));
    await userEvent.click(
      screen.getByRole('button', { name: t('planCard.cta.selectPlan', { plan: 'Ecommerce Basic' }) }),
    );
    await expect(await screen.findByText(t('review.blocked.title'))).toBeVisible();
    await expect(
      screen.getAllByText(t('review.blocked.over_usage_limits_resolution')).length,
    ).toBeGreaterThan(0);
  },
};

/** Chooses Ecommerce Scale and confirms the upgrade. */
async function confirmUpgradeToScale(context: Parameters<typeof playIn>[0]) {
  const { screen, t } = playIn(context);
  await userEvent.click(
    await screen.findByRole('button', { name: t('planCard.cta.selectPlan', { plan: 'Ecommerce Scale' }) }),
  );
  await userEvent.click(await screen.findByRole('button', { name: t('review.confirm.upgrade') }));
}

function paymentFailure(code: 'payment_declined' | 'insufficient_funds' | 'card_expired'): Story {
  return {
    parameters: withProvider({
      dataProvider: () => demoProvider(basicSubscriberData(), { faults: { changePlan: code } }),
    }),
    play: async (context) => {
      const { screen, t } = playIn(context);
      await confirmUpgradeToScale(context);
      await expect(await screen.findByText(t(`errors.${code}.title`))).toBeVisible();
      await expect(screen.getByText(t('errors.unchanged'))).toBeVisible();
      await userEvent.click(screen.getByRole('button', { name: t('errors.updatePaymentMethod') }));
      await expect(context.args.onUpdatePaymentMethod).toHaveBeenCalled();
    },
  };
}

export const PaymentDeclined = paymentFailure('payment_declined');
export const InsufficientFunds = paymentFailure('insufficient_funds');
export const CardExpired = paymentFailure('card_expired');

export const PaymentNeedsConfirmation: Story = {
  parameters: withProvider({
    dataProvider: () => demoProvider(basicSubscriberData(), { faults: { changePlan: 'requires_action' } }),
  }),
  play: async (context) => {
    const { screen, t } = playIn(context);
    await confirmUpgradeToScale(context);
    await expect(await screen.findByText(t('review.requiresAction'))).toBeVisible();
    await expect(context.args.onCheckout).toHaveBeenCalledTimes(1);
  },
};

/** "See all plans": every tier, the comparison, the offers; Support Voice is not available here. */
export const AllPlans: Story = {
  play: async (context) => {
    const { screen, t } = playIn(context);
    await userEvent.click(await screen.findByRole('button', { name: t('planModal.seeAll') }));
    await expect(screen.getByRole('table', { name: t('catalog.comparison.caption') })).toBeVisible();
    const voice = screen.getByRole('article', { name: 'Support Voice' });
    await expect(within(voice).getByRole('button', { name: t('planCard.cta.unavailable') })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await expect(within(voice).getByText(t('planCard.unavailable.assistant_config'))).toBeVisible();
    await expect(within(voice).getByRole('link', { name: t('common.contactSupport') })).toBeVisible();
  },
};

/** 10,000 plans: "See all plans" opens on the first 12, says how many there are, and shows more. */
export const TenThousandPlans: Story = {
  parameters: withProvider({ dataProvider: () => demoProvider(manyPlansData(10_000)) }),
  play: async (context) => {
    const { screen, t, number, named } = playIn(context);
    const shown = (count: number) =>
      t('catalog.shown', { count: 10_000, shown: number(count), total: number(10_000) });
    await userEvent.click(await screen.findByRole('button', { name: t('planModal.seeAll') }));
    await expect(await screen.findByText(shown(12))).toBeVisible();
    await userEvent.click(
      screen.getByRole('button', { name: named(t('catalog.showMore', { remaining: number(9_988) })) }),
    );
    await expect(await screen.findByText(shown(24))).toBeVisible();
  },
};

/** Annual billing: two months free, and the spring campaign on Ecommerce Scale. */
export const AnnualWithCampaign: Story = {
  play: async (context) => {
    const { screen, t } = playIn(context);
    await userEvent.click(await screen.findByRole('radio', { name: new RegExp(t('interval.year')) }));
    const scale = screen.getByRole('article', { name: 'Ecommerce Scale' });
    await expect(scale.querySelector('[data-slot="campaign-badge"]')).toBeVisible();
  },
};

/** Usage beyond every plan: the engine recommends talking to sales. */
export const BeyondTheCatalog: Story = {
  parameters: withProvider({ dataProvider: () => demoProvider(accountData('beyondCatalog')) }),
  play: async (context) => {
    const { screen, t } = playIn(context);
    await expect(await screen.findByText(t('recommendations.enterprise'))).toBeVisible();
  },
};

export const EnterpriseFormSent: Story = {
  play: async (context) => {
    const { screen, t } = playIn(context);
    await userEvent.click(await screen.findByRole('button', { name: t('enterprise.contactSales') }));
    await userEvent.type(screen.getByLabelText(t('enterprise.form.name')), 'Mette Hansen');
    await userEvent.type(screen.getByLabelText(t('enterprise.form.email')), 'mette@example.dk');
    await userEvent.type(screen.getByLabelText(t('enterprise.form.company')), 'Nordlys ApS');
    await userEvent.click(screen.getByRole('checkbox', { name: t('enterprise.features.sla') }));
    await userEvent.click(screen.getByRole('button', { name: t('enterprise.form.submit') }));
    await slotIn(context.canvasElement, 'contact-sales-sent');
  },
};

export const EnterpriseFormInvalid: Story = {
  play: async (context) => {
    const { screen, t } = playIn(context);
    await userEvent.click(await screen.findByRole('button', { name: t('enterprise.contactSales') }));
    await userEvent.type(screen.getByLabelText(t('enterprise.form.email')), 'not-an-email');
    await userEvent.click(screen.getByRole('button', { name: t('enterprise.form.submit') }));
    await expect(screen.getByLabelText(t('enterprise.form.name'))).toHaveFocus();
    await expect(screen.getByText(t('enterprise.form.errors.emailInvalid'))).toBeVisible();
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
  play: async (context) => {
    const { screen, t } = playIn(context);
    await expect(
      await screen.findByText(t('recommendations.reasons.template_match_ecommerce')),
    ).toBeVisible();
    await expect(screen.queryByRole('radio')).toBeNull();
    await expect(screen.queryByRole('heading', { name: t('enterprise.title') })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: t('planModal.seeAll') }));
    await userEvent.click(
      screen.getByRole('button', { name: t('planCard.cta.selectPlan', { plan: 'Ecommerce Scale' }) }),
    );
    await expect(await screen.findByRole('button', { name: t('review.confirm.upgrade') })).toBeVisible();
  },
};

/** The plan choice on a phone. */
export const ChangePlanOnAPhone: Story = {
  ...ChangePlan,
  name: 'Change plan on a phone (390 px)',
  globals: onAPhone,
};

/** The review of an upgrade on a phone. */
export const UpgradePreviewOnAPhone: Story = {
  ...UpgradePreview,
  name: 'Upgrade preview on a phone (390 px)',
  globals: onAPhone,
};

/** The outcome of an applied upgrade on a phone. */
export const UpgradeAppliedOnAPhone: Story = {
  ...UpgradeApplied,
  name: 'Upgrade applied on a phone (390 px)',
  globals: onAPhone,
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
  play: async (context) => {
    const dialog = await playIn(context).screen.findByRole('dialog');
    await waitFor(() => expect(dialog.querySelector('[data-slot="plan-card"]')).not.toBeNull());
  },
};
