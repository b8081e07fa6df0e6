import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { BillingErrorMessage, type BillingErrorMessageProps } from 'subscription-kit';
import { billingErrorCodes } from 'subscription-kit/core';
import { withKitRoot } from './scenario-controls';
import { usageDocs } from './usage-docs';

const SUPPORT_URL = 'https://example.com/support';

const meta = {
  title: 'Feedback/BillingErrorMessage',
  component: BillingErrorMessage,
  args: { code: 'payment_declined', onRetry: fn(), onUpdatePaymentMethod: fn() },
  argTypes: {
    code: { options: billingErrorCodes, control: { type: 'select' } },
  },
  parameters: {
    subscriptionKit: { supportUrl: SUPPORT_URL },
    docs: usageDocs(
      'BillingErrorMessage',
      "What went wrong, said for the customer, with the way out that can work for that `BillingError` code: update the payment method, try again, or contact support (the provider's `supportUrl`).",
    ),
  },
  decorators: [
    withKitRoot,
    (Story) => (
      <div className="sb-Narrow" style={{ maxWidth: '32rem' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof BillingErrorMessage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A declined card: "Update payment method" first, then "Try again". */
export const PaymentDeclined: Story = {
  play: async ({ args, canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    const [update, retry] = within(alert).getAllByRole('button');
    await userEvent.click(update as HTMLElement);
    await expect(args.onUpdatePaymentMethod).toHaveBeenCalledOnce();
    await userEvent.click(retry as HTMLElement);
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

/** An expired card: trying again only helps after the card is updated. */
export const CardExpired: Story = {
  args: { code: 'card_expired' },
  render: ({ onUpdatePaymentMethod: _update, ...args }) => <BillingErrorMessage {...args} />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryAllByRole('button')).toHaveLength(0);
  },
};

/** A lost answer: "Try again" alone. */
export const Network: Story = {
  args: { code: 'network' },
  play: async ({ args, canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button'));
    await expect(args.onRetry).toHaveBeenCalledOnce();
    await expect(args.onUpdatePaymentMethod).not.toHaveBeenCalled();
  },
};

/** A plan the backend refuses: nothing to retry, a link to support. */
export const PlanUnavailable: Story = {
  args: { code: 'plan_unavailable' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryAllByRole('button')).toHaveLength(0);
    await expect(canvas.getByRole('link')).toHaveAttribute('href', SUPPORT_URL);
  },
};

/** Guidance that is part of the page from the start: read in place, not announced. */
export const NotAnnounced: Story = {
  args: { code: 'card_expired', announce: false },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('alert')).toBeNull();
    await expect(canvasElement.querySelector('[data-code="card_expired"]')).not.toBeNull();
  },
};

function Gallery({ codes, ...props }: Omit<BillingErrorMessageProps, 'code'> & { codes: readonly string[] }) {
  return (
    <div className="sb-Gallery">
      {codes.map((code) => (
        <figure key={code} className="sb-GalleryItem">
          <figcaption>
            <code>{code}</code>
          </figcaption>
          <BillingErrorMessage {...props} code={code as BillingErrorMessageProps['code']} announce={false} />
        </figure>
      ))}
    </div>
  );
}

/**
 * The error gallery: every `BillingError` code's message and recovery side by side, each with
 * `onRetry` and `onUpdatePaymentMethod` given, so each shows exactly the actions that can work.
 */
export const EveryError: Story = {
  decorators: [(Story) => <div style={{ maxWidth: '72rem' }}>{Story()}</div>],
  render: ({ code: _code, ...args }) => <Gallery {...args} codes={billingErrorCodes} />,
  play: async ({ canvasElement }) => {
    const messages = canvasElement.querySelectorAll('[data-slot="error"][data-code]');
    await expect(messages).toHaveLength(billingErrorCodes.length);
    for (const message of messages) {
      const title = message.querySelector('.sk-ErrorMessage-title')?.textContent ?? '';
      await expect(title.length).toBeGreaterThan(0);
      // A missing translation would show its key.
      await expect(message.textContent).not.toMatch(/errors\.|common\./);
    }
    // Each shows at most one primary action, and it comes first.
    for (const message of messages) {
      const buttons = within(message as HTMLElement).queryAllByRole('button');
      if (buttons[0]) await expect(buttons[0]).toHaveAttribute('data-variant', 'primary');
      for (const other of buttons.slice(1))
        await expect(other).not.toHaveAttribute('data-variant', 'primary');
    }
    for (const code of ['payment_declined', 'insufficient_funds', 'card_expired']) {
      const message = canvasElement.querySelector(`[data-code="${code}"]`) as HTMLElement;
      await expect(within(message).getAllByRole('button').length).toBeGreaterThan(0);
    }
  },
};

/** The three payment failures, each with its own message, as the plan change shows them. */
export const Overview: Story = {
  decorators: [(Story) => <div style={{ maxWidth: '72rem' }}>{Story()}</div>],
  render: ({ code: _code, ...args }) => (
    <Gallery
      {...args}
      codes={[
        'payment_declined',
        'insufficient_funds',
        'card_expired',
        'network',
        'plan_unavailable',
        'unknown',
      ]}
    />
  ),
  play: async ({ canvasElement }) => {
    const titles = [...canvasElement.querySelectorAll('.sk-ErrorMessage-title')].map(
      (title) => title.textContent,
    );
    await expect(new Set(titles).size).toBe(6);
  },
};
