import type { InvoiceStatus } from '../../core';
import { useTranslate } from '../shared/translate';

/**
 * Paid, open, void, uncollectible (and draft), as a badge whose colour follows the status.
 *
 * @selector [data-invoice-status="draft|open|paid|void|uncollectible"] - the status
 */
function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  const t = useTranslate('InvoiceStatusBadge');
  return (
    <span className="sk-InvoiceStatus" data-invoice-status={status}>
      {t(`invoices.status.${status}`)}
    </span>
  );
}

export { InvoiceStatusBadge };
