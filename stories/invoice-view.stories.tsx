import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { InvoiceView } from 'subscription-kit';
import type { SubscriptionKitParameters } from '../.storybook/preview';
import { onAPhone, playIn } from './play';
import { galleryParameters, settled } from './scenario-controls';
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
  play: async (context) => {
    const { screen, t } = playIn(context);
    await expect(
      await screen.findByRole('heading', { name: t('invoiceView.title', { number: 'SK-2026-0001' }) }),
    ).toBeVisible();
    await expect(screen.getAllByText(t('invoiceView.lines.proration'))).toHaveLength(2);
    await expect(screen.getByRole('rowheader', { name: /19/ })).toBeVisible();
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
  play: async (context) => {
    const { screen, t } = playIn(context);
    await expect(await screen.findByText(t('invoiceView.reverseCharge'))).toBeVisible();
  },
};

/** A Norwegian customer: outside the EU, no VAT at all. */
export const OutsideEu: Story = {
  name: 'Outside the EU',
  args: { invoiceId: 'in_0024' },
  parameters: withProvider({ dataProvider: () => demoProvider(accountData('beyondCatalog')) }),
  play: async (context) => {
    const { screen, t } = playIn(context);
    await expect(await screen.findByText(t('invoiceView.noTax'))).toBeVisible();
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
  play: async (context) => {
    const { screen, t } = playIn(context);
    await expect(await screen.findByText(t('invoiceView.loadError'))).toBeVisible();
  },
};

/** The proration invoice on a phone. */
export const ProrationOnAPhone: Story = {
  ...Proration,
  name: 'Proration on a phone (390 px)',
  globals: onAPhone,
};

const OVERVIEW = [
  { id: 'proration', invoiceId: 'in_0001' },
  { id: 'overage', invoiceId: 'in_0002' },
  { id: 'open', invoiceId: 'in_0003' },
  { id: 'not-found', invoiceId: 'in_missing' },
];

/** The invoices of a German customer and one that cannot be loaded, side by side. */
export const Overview: Story = {
  parameters: galleryParameters,
  render: () => (
    <main
      className="sb-Gallery"
      style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 36rem), 1fr))' }}
    >
      {OVERVIEW.map(({ id, invoiceId }) => (
        <figure key={id} className="sb-GalleryItem" data-state-name={id}>
          <figcaption>
            <code>{id}</code>
          </figcaption>
          <InvoiceView invoiceId={invoiceId} />
        </figure>
      ))}
    </main>
  ),
  play: async ({ canvasElement }) => {
    await settled(canvasElement, OVERVIEW.length);
    const status = (id: string) =>
      canvasElement
        .querySelector(`[data-state-name="${id}"] [data-slot="invoice-view"]`)
        ?.getAttribute('data-status');
    for (const { id } of OVERVIEW.slice(0, 3)) await expect(status(id)).toBe('ready');
    await expect(status('not-found')).toBe('error');
  },
};
