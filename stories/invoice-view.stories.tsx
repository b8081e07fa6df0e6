import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { InvoiceView } from 'subscription-kit';
import type { SubscriptionKitParameters } from '../.storybook/preview';
import { accountData, demoClock, demoProvider, germanInvoicesData, invoiceHistoryData } from './scenarios';
import { usageDocs } from './usage-docs';

function withProvider(subscriptionKit: SubscriptionKitParameters) {
  return { subscriptionKit: { now: demoClock, ...subscriptionKit } };
}

const meta = {
  title: 'Billing/InvoiceView',
  component: InvoiceView,
  args: { invoiceId: 'in_0001' },
  parameters: {
    ...withProvider({ dataProvider: () => demoProvider(germanInvoicesData()) }),
    docs: usageDocs(
      'InvoiceView',
      'One invoice\'s web view: dates, parties, the lines (proration and overage marked), the tax by rate with any reverse-charge note, the totals; "PDF Download" when the provider can, and print.',
    ),
  },
  render: (args) => (
    <main style={{ maxWidth: '56rem' }}>
      <InvoiceView {...args} />
    </main>
  ),
} satisfies Meta<typeof InvoiceView>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An upgrade's invoice: the two proration lines (credit and charge), 19 % German VAT. */
export const Proration: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Invoice SK-2026-0001' })).toBeVisible();
    await expect(canvas.getAllByText('Prorated')).toHaveLength(2);
    await expect(canvas.getByRole('rowheader', { name: 'VAT 19%' })).toBeVisible();
  },
};

/** A monthly invoice with conversations above the limit. */
export const Overage: Story = {
  args: { invoiceId: 'in_0002' },
};

/** Open and due in 14 days. */
export const Open: Story = {
  args: { invoiceId: 'in_0003' },
};

/** A Swedish business with a VAT ID: no VAT, the reverse-charge note. */
export const ReverseCharge: Story = {
  args: { invoiceId: 'in_0024' },
  parameters: withProvider({ dataProvider: () => demoProvider(invoiceHistoryData()) }),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/Reverse charge/)).toBeVisible();
  },
};

/** A Norwegian customer: outside the EU, no VAT at all. */
export const OutsideEu: Story = {
  args: { invoiceId: 'in_0024' },
  parameters: withProvider({ dataProvider: () => demoProvider(accountData('beyondCatalog')) }),
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText('No VAT: the service is supplied outside the EU.'),
    ).toBeVisible();
  },
};

export const Loading: Story = {
  parameters: withProvider({ dataProvider: () => demoProvider(germanInvoicesData(), { delay: 3_600_000 }) }),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-status="loading"]')).not.toBeNull();
  },
};

export const NotFound: Story = {
  args: { invoiceId: 'in_missing' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText("We couldn't load this invoice.")).toBeVisible();
  },
};
