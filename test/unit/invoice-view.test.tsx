import { render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { InvoiceList, InvoiceView, SubscriptionKitProvider } from 'subscription-kit';
import { formatMoney, type Invoice } from 'subscription-kit/core';
import { describe, expect, it } from 'vitest';
import { shippedTranslations } from '../../stories/locales';
import { demoClock, demoProvider, germanInvoicesData, invoiceHistoryData } from '../../stories/scenarios';

function renderView(invoiceId: string, data = germanInvoicesData(), locale = 'en') {
  return render(
    <SubscriptionKitProvider
      dataProvider={demoProvider(data)}
      now={demoClock}
      locale={locale}
      translations={shippedTranslations}
    >
      <InvoiceView invoiceId={invoiceId} />
    </SubscriptionKitProvider>,
  );
}

/** Visible text with Intl's narrow no-break spaces made plain. */
function textOf(element: Element | null) {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function sum(amounts: { amount: number }[]) {
  return amounts.reduce((total, { amount }) => total + amount, 0);
}

describe('given 250 invoices from the memory provider', () => {
  it('has lines, tax lines and totals that add up to the minor unit on every invoice', async () => {
    const provider = demoProvider(invoiceHistoryData(250));
    const invoices: Invoice[] = [];
    let cursor: string | null = null;
    do {
      const page = await provider.listInvoices({ cursor, limit: 100 });
      invoices.push(...page.data);
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(invoices).toHaveLength(250);
    for (const invoice of invoices) {
      for (const line of invoice.lines)
        expect(line.amount.amount).toBe(line.unitAmount.amount * line.quantity);
      expect(sum(invoice.lines.map((line) => line.amount))).toBe(invoice.subtotal.amount);
      expect(invoice.subtotal.amount + sum(invoice.taxes.map((tax) => tax.amount))).toBe(
        invoice.total.amount,
      );
      expect(invoice.amountPaid.amount + invoice.amountDue.amount).toBe(invoice.total.amount);
    }
  });
});

describe("given an upgrade's invoice for a German customer", () => {
  it('shows the lines, the proration marks, 19 % VAT and totals that add up as displayed', async () => {
    const { container } = renderView('in_0001');
    await screen.findByRole('heading', { name: 'Invoice SK-2026-0001' });
    const invoice = germanInvoicesData().invoices.find((candidate) => candidate.id === 'in_0001') as Invoice;
    const lines = screen.getByRole('table', { name: 'Line items' });
    expect(within(lines).getAllByText('Prorated')).toHaveLength(2);
    const shownLineAmounts = Array.from(container.querySelectorAll('[data-slot="line-amount"]'), textOf);
    expect(shownLineAmounts).toEqual(
      invoice.lines.map((line) => textOf({ textContent: formatMoney(line.amount, 'en') } as Element)),
    );
    expect(screen.getByRole('rowheader', { name: 'VAT 19%' })).toBeVisible();
    expect(textOf(container.querySelector('[data-slot="subtotal"]'))).toBe('€153.23');
    expect(textOf(container.querySelector('[data-slot="tax"]'))).toBe('€29.11');
    expect(textOf(container.querySelector('[data-slot="total"]'))).toBe('€182.34');
    expect(textOf(container.querySelector('[data-slot="amount-due"]'))).toBe('€0.00');
    expect(screen.getByText('Bergmann Handel GmbH')).toBeVisible();
    expect(screen.getByText('January 29, 2026')).toBeVisible();
  });

  it('has no accessibility violations that jsdom can detect', async () => {
    const { container } = renderView('in_0001');
    await screen.findByRole('heading', { name: 'Invoice SK-2026-0001' });
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});

describe('given a Swedish business customer with a VAT ID', () => {
  it('charges no VAT and prints the reverse-charge note', async () => {
    const { container } = renderView('in_0024', invoiceHistoryData());
    expect(await screen.findByText(/Reverse charge: no VAT is charged/)).toBeVisible();
    expect(textOf(container.querySelector('[data-slot="tax"]'))).toBe('€0.00');
  });
});

describe('given the Danish locale', () => {
  it("uses the product page's words for the invoice", async () => {
    renderView('in_0001', germanInvoicesData(), 'da');
    await screen.findByRole('heading', { name: 'Faktura SK-2026-0001' });
    for (const word of ['Fakturanummer', 'Udstedelsesdato', 'Skatteopgørelse', 'Totalbeløb']) {
      expect(screen.getAllByText(word).length).toBeGreaterThan(0);
    }
  });

  it('offers the PDF as a Danish action says it: the verb first', async () => {
    renderView('in_0001', germanInvoicesData(), 'da');
    expect(await screen.findByRole('button', { name: 'Download PDF' })).toBeVisible();
    expect(screen.queryByText(/PDF Download/)).toBeNull();
  });

  it('names each PDF download in the invoice list by its invoice', async () => {
    render(
      <SubscriptionKitProvider
        dataProvider={demoProvider(germanInvoicesData())}
        now={demoClock}
        locale="da"
        translations={shippedTranslations}
      >
        <InvoiceList />
      </SubscriptionKitProvider>,
    );
    expect(await screen.findByRole('button', { name: 'Download PDF af faktura SK-2026-0001' })).toBeVisible();
  });
});

describe('given an unknown invoice', () => {
  it('says it could not be loaded, with the reason', async () => {
    const { container } = renderView('in_missing');
    expect(await screen.findByText("We couldn't load this invoice.")).toBeVisible();
    expect(screen.getByText("We couldn't find it")).toBeVisible();
    expect(container.querySelector('[data-status="error"]')).not.toBeNull();
  });
});
