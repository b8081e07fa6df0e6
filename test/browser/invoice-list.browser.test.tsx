import { render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { type BillingDataProvider, InvoiceList, SubscriptionKitProvider, type Theme } from 'subscription-kit';
import 'subscription-kit/styles.css';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { demoClock, demoProvider, invoiceHistoryData, pdfLinkProvider } from '../../stories/scenarios';
import { tabTo } from '../support/keyboard';

function renderList(provider: BillingDataProvider, { theme = 'light' as Theme, pageSize = 20 } = {}) {
  return render(
    <main>
      <SubscriptionKitProvider dataProvider={provider} now={demoClock} theme={theme}>
        <InvoiceList pageSize={pageSize} />
      </SubscriptionKitProvider>
    </main>,
  );
}

function shownNumbers() {
  return screen.getAllByRole('rowheader').map((cell) => cell.textContent);
}

/** Anchors the page clicked: a followed link would show up here. */
function spyOnLinkClicks() {
  const clicked: { href: string; download: string; target: string }[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.href, download: this.download, target: this.target });
  });
  return clicked;
}

afterEach(() => vi.useRealTimers());

describe('given 250 invoices and a keyboard user paging with "Load more"', () => {
  it('shows each invoice exactly once, newest first, at most 100 rows at a time, and asks for each page once', async () => {
    const provider = demoProvider(invoiceHistoryData(250));
    renderList(provider);
    await screen.findByText('20 invoices shown');
    const seen: string[] = [];
    const record = () => {
      const numbers = shownNumbers() as string[];
      expect(numbers.length).toBeLessThanOrEqual(100);
      expect(new Set(numbers).size).toBe(numbers.length);
      for (const number of numbers) if (!seen.includes(number)) seen.push(number);
    };
    record();
    await tabTo('Load more');
    while (screen.queryByRole('button', { name: 'Load more' })) {
      const before = seen.length;
      if (document.activeElement?.textContent !== 'Load more') await tabTo('Load more');
      await userEvent.keyboard('{Enter}');
      await vi.waitFor(() => {
        record();
        expect(seen.length).toBeGreaterThan(before);
      });
    }
    const expected = provider.getData().invoices.map((invoice) => invoice.number);
    expect(seen).toEqual(expected);
    expect(provider.calls.listInvoices).toBe(13);
    // The last page opened the third view: 201–250, focus on its first row.
    expect(screen.getByText('Invoices 201–250 of 250 loaded')).toBeVisible();
    expect(document.activeElement).toBe(
      screen.getByRole('rowheader', { name: expected.at(240) ?? 'the 241st invoice' }),
    );

    await tabTo('Newer invoices');
    await userEvent.keyboard('{Enter}');
    await screen.findByText('Invoices 101–200 of 250 loaded');
    expect(shownNumbers()).toEqual(expected.slice(100, 200));
    expect(document.activeElement).toBe(
      screen.getByRole('rowheader', { name: expected.at(100) ?? 'the 101st invoice' }),
    );
    expect(provider.calls.listInvoices).toBe(13);
  });
});

describe('given the list and a keyboard user opening the web view', () => {
  it('opens the invoice in a dialog with Enter, closes with Escape and returns focus to the row', async () => {
    renderList(demoProvider(invoiceHistoryData()));
    await screen.findByRole('rowheader', { name: 'SK-2026-0024' });
    const button = await tabTo('Web view of invoice SK-2026-0024');
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Invoice SK-2026-0024' });
    expect(await within(dialog).findByRole('table', { name: 'Line items' })).toBeVisible();
    expect(dialog.contains(document.activeElement)).toBe(true);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});

describe('given a PDF the provider returns as a Blob', () => {
  it('downloads it under the invoice number and revokes the object URL afterwards', async () => {
    const clicked = spyOnLinkClicks();
    const created = vi.spyOn(URL, 'createObjectURL');
    const revoked = vi.spyOn(URL, 'revokeObjectURL');
    renderList(demoProvider(invoiceHistoryData()));
    await userEvent.click(
      await screen.findByRole('button', { name: 'PDF Download of invoice SK-2026-0024' }),
    );
    await vi.waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]?.download).toBe('SK-2026-0024.pdf');
    const objectUrl = created.mock.results[0]?.value as string;
    expect(clicked[0]?.href).toBe(objectUrl);
    await vi.waitFor(() => expect(revoked).toHaveBeenCalledWith(objectUrl), { timeout: 3_000 });
  });
});

describe.each([
  ['javascript:', 'javascript:alert(document.domain)'],
  ['data:', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ['http:', 'http://evil.example.com/invoice.pdf'],
])('given a provider whose PDF link is a %s URL', (_scheme, url) => {
  it('refuses it with a clear message and never follows it', async () => {
    const clicked = spyOnLinkClicks();
    const opened = vi.spyOn(window, 'open').mockImplementation(() => null);
    const page = window.location.href;
    renderList(pdfLinkProvider(url));
    await userEvent.click(
      await screen.findByRole('button', { name: 'PDF Download of invoice SK-2026-0024' }),
    );
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText(
        "The billing service sent a link that isn't safe to open, so we didn't follow it.",
      ),
    ).toBeVisible();
    expect(clicked).toEqual([]);
    expect(opened).not.toHaveBeenCalled();
    expect(window.location.href).toBe(page);
  });
});

describe('given an https: PDF link', () => {
  it('opens it in a new tab, without access to this page', async () => {
    const clicked = spyOnLinkClicks();
    renderList(pdfLinkProvider('https://billing.example.com/invoices/SK-2026-0024.pdf'));
    await userEvent.click(
      await screen.findByRole('button', { name: 'PDF Download of invoice SK-2026-0024' }),
    );
    await vi.waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]).toMatchObject({
      href: 'https://billing.example.com/invoices/SK-2026-0024.pdf',
      target: '_blank',
    });
  });
});

describe.each(['light', 'dark'] as const)('given the list in the %s theme', (theme) => {
  it('passes every axe rule, with the web view open too', async () => {
    renderList(demoProvider(invoiceHistoryData()), { theme });
    await screen.findByRole('rowheader', { name: 'SK-2026-0024' });
    let results = await axe.run(document.body);
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Web view of invoice SK-2026-0023' }));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByRole('table', { name: 'Line items' });
    results = await axe.run(document.body);
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});
