import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { InvoiceList } from 'subscription-kit';
import type { SubscriptionKitParameters } from '../.storybook/preview';
import { dialogOnDocsPage, onAPhone, playIn } from './play';
import { overviewStory, scenarioStory } from './scenario-controls';
import { demoClock, demoProvider, invoiceHistoryData, pdfLinkProvider, readOnlyProvider } from './scenarios';
import { usageDocs } from './usage-docs';

function withProvider(subscriptionKit: SubscriptionKitParameters) {
  return { subscriptionKit: { now: demoClock, ...subscriptionKit } };
}

const meta = {
  title: 'Billing/InvoiceList',
  component: InvoiceList,
  parameters: {
    a11y: { context: 'body' },
    docs: usageDocs(
      'InvoiceList',
      '"Recent invoices", newest first, a cursor page at a time with "Load more"; each row opens the web view and offers the PDF when the provider can.',
    ),
    ...withProvider({ dataProvider: () => demoProvider(invoiceHistoryData()) }),
  },
  render: (args) => (
    <main style={{ maxWidth: '60rem' }}>
      <InvoiceList {...args} />
    </main>
  ),
} satisfies Meta<typeof InvoiceList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** "Recent invoices": 24 invoices, the newest 20 first, "Load more" for the rest. */
export const RecentInvoices: Story = {
  play: async (context) => {
    const { screen, t } = playIn(context);
    await expect(await screen.findByRole('rowheader', { name: 'SK-2026-0024' })).toBeVisible();
    await expect(screen.getByText(t('invoices.shown', { count: 20 }))).toBeVisible();
    await expect(screen.getByRole('button', { name: t('invoices.loadMore') })).toBeVisible();
  },
};

export const LoadMore: Story = {
  play: async (context) => {
    const { screen, t } = playIn(context);
    await userEvent.click(await screen.findByRole('button', { name: t('invoices.loadMore') }));
    await expect(await screen.findByText(t('invoices.shown', { count: 24 }))).toBeVisible();
    await expect(screen.queryByRole('button', { name: t('invoices.loadMore') })).toBeNull();
    await expect(screen.getByRole('rowheader', { name: 'SK-2024-0004' })).toHaveFocus();
  },
};

export const Loading: Story = {
  parameters: withProvider({ dataProvider: () => demoProvider(invoiceHistoryData(), { delay: 3_600_000 }) }),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-status="loading"]')).not.toBeNull();
  },
};

export const LoadError: Story = {
  parameters: withProvider({
    dataProvider: () => demoProvider(invoiceHistoryData(), { faults: { listInvoices: 'unauthorized' } }),
  }),
  play: async (context) => {
    const { screen, t } = playIn(context);
    await expect(await screen.findByText(t('invoices.loadError'))).toBeVisible();
    // Asking again cannot give the right to see them: the message says who can, with no Try again.
    await expect(screen.getByText(t('errors.unauthorized.resolution'))).toBeVisible();
    await expect(screen.queryByRole('button', { name: t('common.retry') })).toBeNull();
  },
};

export const Empty: Story = {
  parameters: withProvider({ dataProvider: () => demoProvider(invoiceHistoryData(0)) }),
  play: async (context) => {
    const { screen, t } = playIn(context);
    await expect(await screen.findByText(t('invoices.empty'))).toBeVisible();
  },
};

/** "Web view" opens the invoice in a dialog; Escape closes it and focus returns to the row. */
export const WebView: Story = {
  parameters: dialogOnDocsPage,
  play: async (context) => {
    const { screen, t } = playIn(context);
    await userEvent.click(
      await screen.findByRole('button', { name: t('invoices.webViewLabel', { number: 'SK-2026-0024' }) }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: t('invoiceView.title', { number: 'SK-2026-0024' }),
    });
    await expect(await within(dialog).findByText(t('invoiceView.taxes.caption'))).toBeVisible();
  },
};

/** The memory provider's PDF is a Blob: it downloads as a file named after the invoice. */
export const PdfDownload: Story = {
  name: 'PDF download',
  play: async (context) => {
    const { screen, t } = playIn(context);
    const button = await screen.findByRole('button', {
      name: t('invoices.pdfLabel', { number: 'SK-2026-0024' }),
    });
    await userEvent.click(button);
    await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'));
    await expect(screen.queryByRole('alert')).toBeNull();
  },
};

/** A provider sends `javascript:alert(document.domain)` as the PDF link: refused, never followed. */
export const UnsafePdfLink: Story = {
  name: 'Unsafe PDF link',
  parameters: withProvider({ dataProvider: () => pdfLinkProvider('javascript:alert(document.domain)') }),
  play: async (context) => {
    const { screen, t } = playIn(context);
    await userEvent.click(
      await screen.findByRole('button', { name: t('invoices.pdfLabel', { number: 'SK-2026-0024' }) }),
    );
    await expect(await screen.findByText(t('invoices.unsafeLink'))).toBeVisible();
  },
};

/** Without `getInvoicePdf` there is no PDF button. */
export const WithoutPdf: Story = {
  name: 'Without PDF',
  parameters: withProvider({ dataProvider: () => readOnlyProvider(invoiceHistoryData()) }),
  play: async (context) => {
    const { screen, t } = playIn(context);
    await screen.findByRole('rowheader', { name: 'SK-2026-0024' });
    await expect(
      screen.queryByRole('button', { name: t('invoices.pdfLabel', { number: 'SK-2026-0024' }) }),
    ).toBeNull();
  },
};

/** The host opens invoices on its own route. */
export const HostWebView: Story = {
  args: { onViewInvoice: fn() },
  play: async (context) => {
    const { screen, t } = playIn(context);
    await userEvent.click(
      await screen.findByRole('button', { name: t('invoices.webViewLabel', { number: 'SK-2026-0023' }) }),
    );
    await expect(context.args.onViewInvoice).toHaveBeenCalledWith(
      expect.objectContaining({ number: 'SK-2026-0023' }),
    );
    await expect(screen.queryByRole('dialog')).toBeNull();
  },
};

/** 250 invoices, 50 a page. */
export const LongHistory: Story = {
  args: { pageSize: 50 },
  parameters: withProvider({ dataProvider: () => demoProvider(invoiceHistoryData(250)) }),
};

/** The web view on a phone: the dialog fills the width, and nothing scrolls sideways. */
export const WebViewOnAPhone: Story = { ...WebView, name: 'Web view on a phone (390 px)', globals: onAPhone };

/* -------------------------------------------------------------------------------------------------
 * The scenario knob, and the states side by side
 * -----------------------------------------------------------------------------------------------*/

/** Any scenario of the demo data from the Scenario knob: account, status, cards, failing reads. */
export const Scenarios = scenarioStory(InvoiceList, 'Card expired, 24 invoices', '36rem');

/** InvoiceList on each of these scenarios, side by side: the page a designer reviews in one look. */
export const Overview = overviewStory(
  InvoiceList,
  'invoice-list',
  ['Card expired, 24 invoices', 'Ecommerce Basic, monthly', 'Loading forever', 'Not signed in'],
  '36rem',
);
