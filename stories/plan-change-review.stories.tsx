import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import {
  type PlanChangeIntent,
  PlanChangeReview,
  useAccount,
  useCatalog,
  usePlanChange,
  useSubscription,
} from 'subscription-kit';
import { backend, ScenarioProvider, withKitRoot } from './scenario-controls';
import { accountData, basicSubscriberData, demoProvider, supportScaleData } from './scenarios';
import { usageDocs } from './usage-docs';

/*
 * `PlanChangeReview` takes the flow of `usePlanChange()` and the data the hooks read; the host
 * below wires them as a page would, starting on the review of one change.
 */

interface ReviewHostProps {
  /** The change under review. */
  intent: PlanChangeIntent;
  onUpdatePaymentMethod?: (() => void) | undefined;
  'aria-labelledby'?: string | undefined;
}

function ReviewHost({ intent, onUpdatePaymentMethod, ...props }: ReviewHostProps) {
  const catalog = useCatalog();
  const subscription = useSubscription();
  const account = useAccount();
  const flow = usePlanChange({ initialIntent: intent });
  if (!catalog.data || subscription.data === undefined) return null;
  return (
    <PlanChangeReview
      {...props}
      flow={flow}
      catalog={catalog.data}
      subscription={subscription.data}
      account={account.data}
      onFinish={flow.reset}
      onUpdatePaymentMethod={onUpdatePaymentMethod}
    />
  );
}

type Backend = () => ReturnType<typeof demoProvider>;

const toScale: PlanChangeIntent = { planId: 'ecommerce-scale', interval: 'month' };
const toBasic: PlanChangeIntent = { planId: 'ecommerce-basic', interval: 'month' };

const backends = {
  basic: () => demoProvider(),
  supportScale: () => demoProvider(supportScaleData()),
  blocked: () => demoProvider(accountData('blockedDowngrade')),
  // `changePlan` never answers.
  processing: () => ({ ...demoProvider(), changePlan: () => new Promise<never>(() => {}) }),
  declined: () => demoProvider(basicSubscriberData(), { faults: { changePlan: 'payment_declined' } }),
  insufficientFunds: () =>
    demoProvider(basicSubscriberData(), { faults: { changePlan: 'insufficient_funds' } }),
  cardExpired: () => demoProvider(basicSubscriberData(), { faults: { changePlan: 'card_expired' } }),
  previewFails: () => demoProvider(basicSubscriberData(), { faults: { previewChange: 'plan_unavailable' } }),
} satisfies Record<string, Backend>;

type Args = ReviewHostProps;

const meta = {
  title: 'Plans/PlanChangeReview',
  component: PlanChangeReview,
  parameters: {
    ...backend(backends.basic),
    docs: usageDocs(
      'PlanChangeReview',
      "The chosen change before and after Confirm: an upgrade's prorated credit and charge and the amount due now, a downgrade's date (or what blocks it), then processing, done or failed — each payment failure with its own message and a way to fix the payment method.",
    ),
  },
  decorators: [
    withKitRoot,
    (Story) => (
      <div style={{ maxWidth: '40rem' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof PlanChangeReview>;

export default meta;
type Story = StoryObj<Args>;

function reviewIn(element: HTMLElement) {
  return element.querySelector<HTMLElement>('[data-slot="plan-change-review"]');
}

async function findReview(element: HTMLElement) {
  await waitFor(() =>
    expect(reviewIn(element)?.querySelector('[data-status="ready"]')).toBeInstanceOf(HTMLElement),
  );
  return reviewIn(element) as HTMLElement;
}

/** Presses Confirm: the review's primary button. */
async function confirm(element: HTMLElement) {
  const review = await findReview(element);
  await userEvent.click(review.querySelector('.sk-Button[data-variant="primary"]') as HTMLElement);
}

async function expectStep(element: HTMLElement, step: string) {
  await waitFor(() => expect(reviewIn(element)).toHaveAttribute('data-step', step));
}

const render = (args: Args) => <ReviewHost {...args} />;

/** Ecommerce Basic → Scale: credit for the unused time, the charge, the amount due now. */
export const Upgrade: Story = {
  args: { intent: toScale },
  render,
  play: async ({ canvasElement }) => {
    const review = await findReview(canvasElement);
    await expect(review.querySelectorAll('[data-slot="proration"] tr[data-kind="credit"]')).toHaveLength(1);
    await expect(review.querySelector('[data-slot="amount-due"]')).not.toBeNull();
  },
};

/** Monthly → annual on the same plan. */
export const IntervalChange: Story = {
  args: { intent: { planId: 'ecommerce-basic', interval: 'year' } },
  render,
  play: async ({ canvasElement }) => {
    await findReview(canvasElement);
  },
};

/** Support Scale → Basic: scheduled for the end of the period, with what it takes away. */
export const ScheduledDowngrade: Story = {
  args: { intent: { planId: 'support-basic', interval: 'month' } },
  parameters: backend(backends.supportScale),
  render,
  play: async ({ canvasElement }) => {
    const review = await findReview(canvasElement);
    await expect(review.querySelector('[data-slot="proration"]')).toBeNull();
  },
};

/** Ecommerce Scale → Basic while usage, a feature and Magento need Scale: each blocker listed. */
export const BlockedDowngrade: Story = {
  args: { intent: toBasic },
  parameters: backend(backends.blocked),
  render,
  play: async ({ canvasElement }) => {
    const review = await findReview(canvasElement);
    await expect(review.querySelector('[data-blocked]')).not.toBeNull();
    await expect(review.querySelector('.sk-Button[data-variant="primary"]')).toBeNull();
  },
};

/** Confirmed, the provider has not answered: processing, nothing to press twice. */
export const Processing: Story = {
  args: { intent: toScale },
  parameters: backend(backends.processing),
  render,
  play: async ({ canvasElement }) => {
    await confirm(canvasElement);
    await expectStep(canvasElement, 'processing');
  },
};

/** Confirmed and applied. */
export const Done: Story = {
  args: { intent: toScale },
  render,
  play: async ({ canvasElement }) => {
    await confirm(canvasElement);
    await expectStep(canvasElement, 'done');
    await expect(reviewIn(canvasElement)?.querySelector('[data-slot="charged"]')).toBeInstanceOf(HTMLElement);
  },
};

function paymentFailure(
  code: 'payment_declined' | 'insufficient_funds' | 'card_expired',
  make: Backend,
): Story {
  return {
    args: { intent: toScale, onUpdatePaymentMethod: fn() },
    parameters: backend(make),
    render,
    play: async ({ args, canvasElement }) => {
      await confirm(canvasElement);
      await expectStep(canvasElement, 'failed');
      const alert = within(reviewIn(canvasElement) as HTMLElement).getByRole('alert');
      await expect(alert).toHaveAttribute('data-code', code);
      await userEvent.click(alert.querySelector('.sk-Button[data-variant="primary"]') as HTMLElement);
      await expect(args.onUpdatePaymentMethod).toHaveBeenCalledOnce();
    },
  };
}

/** The card was declined: the plan has not changed; update the card or try again. */
export const PaymentDeclined = paymentFailure('payment_declined', backends.declined);

/** Not enough funds: its own message. */
export const InsufficientFunds = paymentFailure('insufficient_funds', backends.insufficientFunds);

/** The card has expired: update it first. */
export const CardExpired = paymentFailure('card_expired', backends.cardExpired);

/** The preview itself fails: the error in place of the figures. */
export const PreviewFails: Story = {
  args: { intent: toScale },
  parameters: backend(backends.previewFails),
  render,
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(reviewIn(canvasElement)?.querySelector('[data-status="error"]')).toBeInstanceOf(HTMLElement),
    );
  },
};

const OVERVIEW = [
  { id: 'upgrade', intent: toScale, backend: backends.basic, confirm: false },
  {
    id: 'scheduled-downgrade',
    intent: { planId: 'support-basic', interval: 'month' },
    backend: backends.supportScale,
    confirm: false,
  },
  { id: 'blocked-downgrade', intent: toBasic, backend: backends.blocked, confirm: false },
  { id: 'processing', intent: toScale, backend: backends.processing, confirm: true },
  { id: 'done', intent: toScale, backend: backends.basic, confirm: true },
  { id: 'payment-declined', intent: toScale, backend: backends.declined, confirm: true },
] satisfies { id: string; intent: PlanChangeIntent; backend: Backend; confirm: boolean }[];

/** The review at every step, side by side, each on its own backend. */
export const Overview: Story = {
  args: { intent: toScale, onUpdatePaymentMethod: fn() },
  decorators: [(Story) => <div style={{ maxWidth: '90rem' }}>{Story()}</div>],
  render: (args, context) => (
    <div
      className="sb-Gallery"
      style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 26rem), 1fr))' }}
    >
      {OVERVIEW.map((state) => (
        <figure key={state.id} className="sb-GalleryItem" data-state-name={state.id}>
          <figcaption id={`review-${state.id}`}>
            <code>{state.id}</code>
          </figcaption>
          <ScenarioProvider scenario={state.backend} globals={context.globals}>
            <ReviewHost {...args} intent={state.intent} aria-labelledby={`review-${state.id}`} />
          </ScenarioProvider>
        </figure>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const figure = (id: string) => canvasElement.querySelector(`[data-state-name="${id}"]`) as HTMLElement;
    for (const state of OVERVIEW) if (state.confirm) await confirm(figure(state.id));
    await expectStep(figure('processing'), 'processing');
    await expectStep(figure('done'), 'done');
    await expectStep(figure('payment-declined'), 'failed');
  },
};
