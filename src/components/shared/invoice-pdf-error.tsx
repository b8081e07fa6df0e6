import { billingErrorCodeOf } from '../../core';
import type { useInvoicePdf } from '../../query';
import { isUnsafeLinkError } from '../../query';
import { BillingErrorMessage } from '../billing-error-message';
import { useTranslate } from './translate';

type InvoicePdfMutation = NonNullable<ReturnType<typeof useInvoicePdf>>;

/** A PDF download that failed, with "Try again" unless the link itself was refused. */
export function InvoicePdfError({ pdf }: { pdf: InvoicePdfMutation | null }) {
  const t = useTranslate('InvoicePdfError');
  if (!pdf?.isError) return null;
  const unsafe = isUnsafeLinkError(pdf.error);
  const invoice = pdf.variables;
  return (
    <BillingErrorMessage
      code={billingErrorCodeOf(pdf.error)}
      context={unsafe ? t('invoices.unsafeLink') : t('invoices.pdfError', { number: invoice.number })}
      onRetry={unsafe ? undefined : () => pdf.mutate(invoice)}
    />
  );
}
