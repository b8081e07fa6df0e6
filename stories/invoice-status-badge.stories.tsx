import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { type InvoiceStatus, InvoiceStatusBadge } from 'subscription-kit';
import { withKitRoot } from './scenario-controls';
import { usageDocs } from './usage-docs';

const STATUSES: InvoiceStatus[] = ['draft', 'open', 'paid', 'void', 'uncollectible'];

const meta = {
  title: 'Billing/InvoiceStatusBadge',
  component: InvoiceStatusBadge,
  args: { status: 'paid' },
  argTypes: { status: { options: STATUSES, control: { type: 'inline-radio' } } },
  parameters: {
    docs: usageDocs(
      'InvoiceStatusBadge',
      "An invoice's status in words, as the invoice list and the invoice view show it.",
    ),
  },
  decorators: [withKitRoot],
} satisfies Meta<typeof InvoiceStatusBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

async function expectStatus(canvasElement: HTMLElement, status: InvoiceStatus) {
  const badge = canvasElement.querySelector(`[data-invoice-status="${status}"]`);
  await expect(badge).not.toBeNull();
  await expect(badge?.textContent?.trim().length).toBeGreaterThan(0);
}

export const Paid: Story = { play: ({ canvasElement }) => expectStatus(canvasElement, 'paid') };

export const Open: Story = {
  args: { status: 'open' },
  play: ({ canvasElement }) => expectStatus(canvasElement, 'open'),
};

export const Draft: Story = {
  args: { status: 'draft' },
  play: ({ canvasElement }) => expectStatus(canvasElement, 'draft'),
};

export const Void: Story = {
  args: { status: 'void' },
  play: ({ canvasElement }) => expectStatus(canvasElement, 'void'),
};

export const Uncollectible: Story = {
  args: { status: 'uncollectible' },
  play: ({ canvasElement }) => expectStatus(canvasElement, 'uncollectible'),
};

/** Every status side by side, each in its own words. */
export const Overview: Story = {
  render: (args) => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem' }}>
      {STATUSES.map((status) => (
        <InvoiceStatusBadge key={status} {...args} status={status} />
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    for (const status of STATUSES) await expectStatus(canvasElement, status);
    const words = STATUSES.map(
      (status) => canvasElement.querySelector(`[data-invoice-status="${status}"]`)?.textContent,
    );
    await expect(new Set(words).size).toBe(STATUSES.length);
    await expect(within(canvasElement).queryByText(/invoices\./)).toBeNull();
  },
};
