import { formatMoney, type Invoice, type Money, money } from '../../core';
import { useSubscriptionKitContext } from '../../react/subscription-kit-context';
import { formatDate, formatNumber, formatPercent } from '../shared/format';
import { useTranslate } from '../shared/translate';

/** The invoice's lines with quantity, unit price and amount; proration and overage marked. */
function InvoiceLines({ invoice }: { invoice: Invoice }) {
  const { locale } = useSubscriptionKitContext('InvoiceView');
  const t = useTranslate('InvoiceView');
  return (
    <div className="sk-InvoiceView-tableScroll">
      <table className="sk-InvoiceTable" data-slot="lines">
        <caption>{t('invoiceView.lines.caption')}</caption>
        <TableHead
          label={t('invoiceView.lines.description')}
          numeric={[
            t('invoiceView.lines.quantity'),
            t('invoiceView.lines.unitAmount'),
            t('invoiceView.lines.amount'),
          ]}
        />
        <tbody>
          {invoice.lines.map((line) => (
            <tr key={line.id} data-kind={line.kind}>
              <th scope="row">
                <span className="sk-InvoiceLine-description">{line.description}</span>
                {line.kind === 'proration' && (
                  <span className="sk-Tag" data-variant="proration">
                    {t('invoiceView.lines.proration')}
                  </span>
                )}
                {line.kind === 'overage' && (
                  <span className="sk-Tag" data-variant="overage">
                    {t('invoiceView.lines.overage')}
                  </span>
                )}
                {line.period && (
                  <span className="sk-InvoiceLine-period">
                    {t('invoiceView.lines.period', {
                      start: formatDate(line.period.start, locale),
                      end: formatDate(line.period.end, locale, { exclusiveEnd: true }),
                    })}
                  </span>
                )}
              </th>
              <td data-numeric="">{formatNumber(line.quantity, locale)}</td>
              <td data-numeric="">{formatMoney(line.unitAmount, locale)}</td>
              <td data-numeric="" data-slot="line-amount">
                {formatMoney(line.amount, locale)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The tax breakdown by rate (or why there is none) beside subtotal, tax, total, paid and due. */
function InvoiceSummary({ invoice }: { invoice: Invoice }) {
  const { locale } = useSubscriptionKitContext('InvoiceView');
  const t = useTranslate('InvoiceView');
  const format = (value: Money) => formatMoney(value, locale);
  const taxTotal = money(
    invoice.taxes.reduce((sum, tax) => sum + tax.amount.amount, 0),
    invoice.currency,
  );
  return (
    <div className="sk-InvoiceView-summary">
      <div className="sk-InvoiceView-taxes">
        {invoice.taxes.length > 0 && (
          <table className="sk-InvoiceTable" data-slot="taxes">
            <caption>{t('invoiceView.taxes.caption')}</caption>
            <TableHead
              label={t('invoiceView.taxes.rate')}
              numeric={[t('invoiceView.taxes.taxable'), t('invoiceView.taxes.amount')]}
            />
            <tbody>
              {invoice.taxes.map((tax) => (
                <tr key={`${tax.name}:${tax.ratePercent}`}>
                  <th scope="row">
                    {t('invoiceView.taxes.name', {
                      name: tax.name,
                      rate: formatPercent(tax.ratePercent, locale, 2),
                    })}
                  </th>
                  <td data-numeric="">{format(tax.taxableAmount)}</td>
                  <td data-numeric="">{format(tax.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {invoice.reverseCharge && (
          <p className="sk-InvoiceView-note" data-slot="reverse-charge">
            {t('invoiceView.reverseCharge')}
          </p>
        )}
        {invoice.taxes.length === 0 && !invoice.reverseCharge && (
          <p className="sk-InvoiceView-note">{t('invoiceView.noTax')}</p>
        )}
      </div>

      <table className="sk-InvoiceTotals" data-slot="totals">
        <caption className="sk-VisuallyHidden">{t('invoiceView.totals')}</caption>
        <tbody>
          <tr>
            <th scope="row">{t('invoiceView.subtotal')}</th>
            <td data-slot="subtotal">{format(invoice.subtotal)}</td>
          </tr>
          <tr>
            <th scope="row">{t('invoiceView.tax')}</th>
            <td data-slot="tax">{format(taxTotal)}</td>
          </tr>
          <tr data-emphasis="">
            <th scope="row">{t('invoiceView.total')}</th>
            <td data-slot="total">{format(invoice.total)}</td>
          </tr>
          <tr>
            <th scope="row">{t('invoiceView.amountPaid')}</th>
            <td data-slot="amount-paid">{format(invoice.amountPaid)}</td>
          </tr>
          <tr data-emphasis="">
            <th scope="row">{t('invoiceView.amountDue')}</th>
            <td data-slot="amount-due">{format(invoice.amountDue)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** A row of column headings: what each row is, then its figures, aligned to the end. */
function TableHead({ label, numeric }: { label: string; numeric: string[] }) {
  return (
    <thead>
      <tr>
        <th scope="col">{label}</th>
        {numeric.map((heading) => (
          <th key={heading} scope="col" data-numeric="">
            {heading}
          </th>
        ))}
      </tr>
    </thead>
  );
}

export { InvoiceLines, InvoiceSummary };
