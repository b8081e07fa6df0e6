import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { PaymentMethods } from 'subscription-kit';
import type { SubscriptionKitParameters } from '../.storybook/preview';
import { hostFormScenario } from './demo-host-payment-form';
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

/** The remove confirmation is portalled to the body: queries and the audit look there. */
function screenOf(canvasElement: HTMLElement) {
  return within(canvasElement.ownerDocument.body);
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
  play: async ({ canvasElement }) => {
    const screen = screenOf(canvasElement);
    await expect(await screen.findByText('Visa ending in 4242')).toBeVisible();
    await expect(screen.getByText('Expired 01/2026')).toBeVisible();
    await expect(screen.getByText('Mandate reference SK-MANDATE-0042')).toBeVisible();
  },
};

/** The default card pays for the subscription: no Remove on it, and its row says why. */
export const RemoveDefaultNotOffered: Story = {
  play: async ({ canvasElement }) => {
    const screen = screenOf(canvasElement);
    await expect(await screen.findByText('Visa ending in 4242')).toBeVisible();
    await expect(
      screen.getByText(
        'Your subscription is paid with this method. To remove it, make another method the default first.',
      ),
    ).toBeVisible();
    await expect(screen.queryByRole('button', { name: 'Remove Visa ending in 4242' })).toBeNull();
  },
};

/**
 * A provider that refuses a removal the list offered (its data moved on): the message says what it
 * is and what to do, and no second Remove is offered. The play uses no words, so it runs in every
 * locale.
 */
export const RemoveRefusedByProvider: Story = {
  parameters: withProvider({
    dataProvider: () =>
      demoProvider(supportScaleData(), { faults: { removePaymentMethod: 'payment_method_required' } }),
  }),
  play: async ({ canvasElement }) => {
    const body = canvasElement.ownerDocument.body;
    const screen = screenOf(canvasElement);
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
  args: { renderAddPaymentMethod: sepaScenario.renderAddPaymentMethod },
  parameters: withProvider({ dataProvider: sepaScenario.dataProvider }),
  play: async ({ canvasElement }) => {
    const screen = screenOf(canvasElement);
    await userEvent.click(await screen.findByRole('button', { name: 'Add SEPA Direct Debit' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Save payment method' }));
    await expect(await screen.findByText('SEPA Direct Debit ending in 1234')).toBeVisible();
    await userEvent.click(
      screen.getByRole('button', { name: 'Set as default: SEPA Direct Debit ending in 1234' }),
    );
    await expect(
      await screen.findByText('SEPA Direct Debit ending in 1234 is now your default payment method.'),
    ).toBeInTheDocument();
  },
};

/** The provider adds methods on its own page: the kit follows its (https:) redirect. */
export const AddThroughRedirect: Story = {
  args: { onRedirect: fn() },
  parameters: withProvider({
    dataProvider: () => redirectingProvider('https://payments.example.com/setup/card'),
  }),
  play: async ({ canvasElement, args }) => {
    const screen = screenOf(canvasElement);
    await userEvent.click(await screen.findByRole('button', { name: 'Add card' }));
    await expect(args.onRedirect).toHaveBeenCalledWith('https://payments.example.com/setup/card');
  },
};

/** A `javascript:` redirect is refused and never followed. */
export const UnsafeRedirect: Story = {
  args: { onRedirect: fn() },
  parameters: withProvider({ dataProvider: () => redirectingProvider('javascript:alert(1)') }),
  play: async ({ canvasElement, args }) => {
    const screen = screenOf(canvasElement);
    await userEvent.click(await screen.findByRole('button', { name: 'Add card' }));
    await expect(
      await screen.findByText(
        "The billing service sent a link that isn't safe to open, so we didn't follow it.",
      ),
    ).toBeVisible();
    await expect(args.onRedirect).not.toHaveBeenCalled();
  },
};

/** Arriving from a failed payment: the guidance of the plan-change flow, with its fix. */
export const AfterCardExpired: Story = {
  args: { paymentFailure: 'card_expired', onRedirect: fn() },
  parameters: withProvider({
    dataProvider: () => redirectingProvider('https://payments.example.com/setup/card', basicSubscriberData()),
  }),
  play: async ({ canvasElement, args }) => {
    const screen = screenOf(canvasElement);
    await expect(await screen.findByText('Your card has expired')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Update payment method' }));
    await expect(args.onRedirect).toHaveBeenCalledTimes(1);
  },
};

export const ExpiringSoon: Story = {
  parameters: withProvider({ dataProvider: () => demoProvider(expiringCardData()) }),
  play: async ({ canvasElement }) => {
    await expect(await screenOf(canvasElement).findByText('Expires soon: 04/2026')).toBeVisible();
  },
};

/** An enterprise plan: bank transfer with its instructions. */
export const Enterprise: Story = {
  parameters: withProvider({ dataProvider: () => demoProvider(accountData('beyondCatalog')) }),
  play: async ({ canvasElement }) => {
    await expect(await screenOf(canvasElement).findByText(/quoting reference SK-ACME-7781/)).toBeVisible();
  },
};

/** A provider that can only list: no add, default or remove buttons. */
export const ReadOnly: Story = {
  parameters: withProvider({ dataProvider: () => readOnlyProvider() }),
  play: async ({ canvasElement }) => {
    const screen = screenOf(canvasElement);
    await screen.findByText('Visa ending in 4242');
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
  play: async ({ canvasElement }) => {
    await expect(
      await screenOf(canvasElement).findByText("We couldn't load your payment methods."),
    ).toBeVisible();
  },
};

export const Empty: Story = {
  args: { renderAddPaymentMethod: sepaScenario.renderAddPaymentMethod },
  parameters: withProvider({
    dataProvider: () => demoProvider({ ...supportScaleData(), paymentMethods: [] }),
  }),
  play: async ({ canvasElement }) => {
    await expect(
      await screenOf(canvasElement).findByText(
        'You have no payment methods yet. Add one to pay for your subscription.',
      ),
    ).toBeVisible();
  },
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
