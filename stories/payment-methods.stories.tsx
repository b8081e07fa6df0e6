import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { PaymentMethods } from 'subscription-kit';
import type { SubscriptionKitParameters } from '../.storybook/preview';
import { hostFormScenario } from './demo-host-payment-form';
import { dialogOnDocsPage, onAPhone, playIn } from './play';
import { overviewStory, scenarioStory } from './scenario-controls';
import {
  accountData,
  basicSubscriberData,
  demoClock,
  demoProvider,
  expiringCardData,
  readOnlyProvider,
  redirectingProvider,
  supportScaleData,
} from './scenarios';
import { usageDocs } from './usage-docs';

function withProvider(subscriptionKit: SubscriptionKitParameters) {
  return { subscriptionKit: { now: demoClock, ...subscriptionKit } };
}

const meta = {
  title: 'Billing/PaymentMethods',
  component: PaymentMethods,
  parameters: {
    a11y: { context: 'body' },
    docs: usageDocs(
      'PaymentMethods',
      '"Manage billing": cards, SEPA Direct Debit and bank transfer, the default marked; add through the host\'s form or the provider\'s redirect, set default, remove with confirmation. Each action is hidden when the provider lacks it.',
    ),
    ...withProvider({ dataProvider: () => demoProvider(supportScaleData()) }),
  },
  render: (args) => (
    <main style={{ maxWidth: '48rem' }}>
      <PaymentMethods {...args} />
    </main>
  ),
} satisfies Meta<typeof PaymentMethods>;

export default meta;
type Story = StoryObj<typeof meta>;

const sepaScenario = hostFormScenario(() => demoProvider(supportScaleData()));

/** "Manage billing": the default Visa, an expired Mastercard and a SEPA mandate. */
export const ManageBilling: Story = {
  args: { renderAddPaymentMethod: sepaScenario.renderAddPaymentMethod },
  parameters: withProvider({ dataProvider: sepaScenario.dataProvider }),
  play: async (context) => {
    const { screen, t, matching } = playIn(context);
    await expect(
      await screen.findByText(t('paymentMethods.card.label', { brand: 'Visa', last4: '4242' })),
    ).toBeVisible();
    await expect(screen.getByText(matching('paymentMethods.card.expired'))).toBeVisible();
    await expect(
      screen.getByText(t('paymentMethods.sepa.mandate', { reference: 'SK-MANDATE-0042' })),
    ).toBeVisible();
  },
};

/** The default card pays for the subscription: no Remove on it, and its row says why. */
export const RemoveDefaultNotOffered: Story = {
  play: async (context) => {
    const { screen, t } = playIn(context);
    const visa = t('paymentMethods.card.label', { brand: 'Visa', last4: '4242' });
    await expect(await screen.findByText(visa)).toBeVisible();
    await expect(screen.getByText(t('paymentMethods.defaultRequired'))).toBeVisible();
    await expect(
      screen.queryByRole('button', { name: t('paymentMethods.removeLabel', { method: visa }) }),
    ).toBeNull();
  },
};

/**
 * A provider that refuses a removal the list offered (its data moved on): the message says what it
 * is and what to do, and no second Remove is offered. The play uses no words, so it runs in every
 * locale.
 */
export const RemoveRefusedByProvider: Story = {
  parameters: {
    ...dialogOnDocsPage,
    ...withProvider({
      dataProvider: () =>
        demoProvider(supportScaleData(), { faults: { removePaymentMethod: 'payment_method_required' } }),
    }),
  },
  play: async (context) => {
    const body = context.canvasElement.ownerDocument.body;
    const { screen } = playIn(context);
    await screen.findAllByRole('listitem');
    const expiredRow = body.querySelector<HTMLElement>('.sk-PaymentMethod[data-expiry="expired"]');
    await userEvent.click(within(expiredRow as HTMLElement).getByRole('button'));
    const dialog = await screen.findByRole('alertdialog');
    await userEvent.click(dialog.querySelector('button[data-variant="destructive"]') as HTMLButtonElement);
    const alert = await within(dialog).findByRole('alert');
    await expect(alert).toHaveAttribute('data-code', 'payment_method_required');
    await expect(dialog.querySelector('button[data-variant="destructive"]')).toBeNull();
  },
};

/** A SEPA mandate added through the host's form, then made the default. */
export const AddSepaThroughHostForm: Story = {
  name: 'Add SEPA through host form',
  args: { renderAddPaymentMethod: sepaScenario.renderAddPaymentMethod },
  parameters: withProvider({ dataProvider: sepaScenario.dataProvider }),
  play: async (context) => {
    const { screen, t } = playIn(context);
    await userEvent.click(await screen.findByRole('button', { name: t('paymentMethods.add.sepa_debit') }));
    // The host's own form, in the host's own words.
    await userEvent.click(await screen.findByRole('button', { name: 'Save payment method' }));
    const sepa = t('paymentMethods.sepa.label', { last4: '1234' });
    await expect(await screen.findByText(sepa)).toBeVisible();
    await userEvent.click(
      screen.getByRole('button', { name: t('paymentMethods.setDefaultLabel', { method: sepa }) }),
    );
    await expect(
      await screen.findByText(t('paymentMethods.defaultSet', { method: sepa })),
    ).toBeInTheDocument();
  },
};

/** The provider adds methods on its own page: the kit follows its (https:) redirect. */
export const AddThroughRedirect: Story = {
  args: { onRedirect: fn() },
  parameters: withProvider({
    dataProvider: () => redirectingProvider('https://payments.example.com/setup/card'),
  }),
  play: async (context) => {
    const { screen, t } = playIn(context);
    await userEvent.click(await screen.findByRole('button', { name: t('paymentMethods.add.card') }));
    await expect(context.args.onRedirect).toHaveBeenCalledWith('https://payments.example.com/setup/card');
  },
};

/** A `javascript:` redirect is refused and never followed. */
export const UnsafeRedirect: Story = {
  args: { onRedirect: fn() },
  parameters: withProvider({ dataProvider: () => redirectingProvider('javascript:alert(1)') }),
  play: async (context) => {
    const { screen, t } = playIn(context);
    await userEvent.click(await screen.findByRole('button', { name: t('paymentMethods.add.card') }));
    await expect(await screen.findByText(t('paymentMethods.unsafeLink'))).toBeVisible();
    await expect(context.args.onRedirect).not.toHaveBeenCalled();
  },
};

/** Arriving from a failed payment: the guidance of the plan-change flow, with its fix. */
export const AfterCardExpired: Story = {
  args: { paymentFailure: 'card_expired', onRedirect: fn() },
  parameters: withProvider({
    dataProvider: () => redirectingProvider('https://payments.example.com/setup/card', basicSubscriberData()),
  }),
  play: async (context) => {
    const { screen, t } = playIn(context);
    await expect(await screen.findByText(t('errors.card_expired.title'))).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: t('errors.updatePaymentMethod') }));
    await expect(context.args.onRedirect).toHaveBeenCalledTimes(1);
  },
};

export const ExpiringSoon: Story = {
  parameters: withProvider({ dataProvider: () => demoProvider(expiringCardData()) }),
  play: async (context) => {
    const { screen, matching } = playIn(context);
    await expect(await screen.findByText(matching('paymentMethods.card.expiringSoon'))).toBeVisible();
  },
};

/** An enterprise plan: bank transfer with its instructions. */
export const Enterprise: Story = {
  parameters: withProvider({ dataProvider: () => demoProvider(accountData('beyondCatalog')) }),
  play: async (context) => {
    const { screen, t } = playIn(context);
    await expect(
      await screen.findByText(t('paymentMethods.bankTransfer.instructions', { reference: 'SK-ACME-7781' })),
    ).toBeVisible();
  },
};

/** A provider that can only list: no add, default or remove buttons. */
export const ReadOnly: Story = {
  parameters: withProvider({ dataProvider: () => readOnlyProvider() }),
  play: async (context) => {
    const { screen, t } = playIn(context);
    await screen.findByText(t('paymentMethods.card.label', { brand: 'Visa', last4: '4242' }));
    await expect(screen.queryAllByRole('button')).toHaveLength(0);
  },
};

export const Loading: Story = {
  parameters: withProvider({ dataProvider: () => demoProvider(supportScaleData(), { delay: 3_600_000 }) }),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-status="loading"]')).not.toBeNull();
  },
};

export const LoadError: Story = {
  parameters: withProvider({
    dataProvider: () => demoProvider(supportScaleData(), { faults: { listPaymentMethods: 'unauthorized' } }),
  }),
  play: async (context) => {
    const { screen, t } = playIn(context);
    await expect(await screen.findByText(t('paymentMethods.loadError'))).toBeVisible();
  },
};

export const Empty: Story = {
  args: { renderAddPaymentMethod: sepaScenario.renderAddPaymentMethod },
  parameters: withProvider({
    dataProvider: () => demoProvider({ ...supportScaleData(), paymentMethods: [] }),
  }),
  play: async (context) => {
    const { screen, t } = playIn(context);
    await expect(await screen.findByText(t('paymentMethods.empty'))).toBeVisible();
  },
};

/** The removal confirmation on a phone. */
export const RemoveOnAPhone: Story = {
  ...RemoveRefusedByProvider,
  name: 'Remove on a phone (390 px)',
  globals: onAPhone,
};

/* -------------------------------------------------------------------------------------------------
 * The scenario knob, and the states side by side
 * -----------------------------------------------------------------------------------------------*/

/** Any scenario of the demo data from the Scenario knob: account, status, cards, failing reads. */
export const Scenarios = scenarioStory(PaymentMethods, 'Card expiring soon', '30rem');

/** PaymentMethods on each of these scenarios, side by side: the page a designer reviews in one look. */
export const Overview = overviewStory(
  PaymentMethods,
  'payment-methods',
  [
    'Support Scale, nothing scheduled',
    'Card expiring soon',
    'Card expired, 24 invoices',
    'Read-only provider',
    'Loading forever',
    'Not signed in',
  ],
  '30rem',
);
