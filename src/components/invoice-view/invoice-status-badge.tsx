import type { ComponentPropsWithoutRef } from 'react';
import type { InvoiceStatus } from '../../core';
import { publicPart } from '../shared/render-boundary';
import { useScopedPartProps } from '../shared/root-scope';
import { useKit } from '../shared/translate';

/* -------------------------------------------------------------------------------------------------
 * InvoiceStatusBadge
 * -----------------------------------------------------------------------------------------------*/

interface InvoiceStatusBadgeProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** The invoice's status: `draft`, `open`, `paid`, `void` or `uncollectible`, shown in words. */
  status: InvoiceStatus;
}

/**
 * Paid, open, void, uncollectible (and draft), as a badge whose colour follows the status.
 *
 * @selector .sk-InvoiceStatus[data-invoice-status="draft|open|paid|void|uncollectible"] - the status
 */
const InvoiceStatusBadge = /* @__PURE__ */ publicPart<HTMLSpanElement, InvoiceStatusBadgeProps>(
  function InvoiceStatusBadge({ status, ...props }, ref) {
    const { theme, t } = useKit('InvoiceStatusBadge');
    const root = useScopedPartProps('sk-InvoiceStatus', undefined, theme, props, ref);
    return (
      <span {...root} data-invoice-status={status}>
        {t(`invoices.status.${status}`)}
      </span>
    );
  },
  'InvoiceStatusBadge',
);

export type { InvoiceStatusBadgeProps };
export { InvoiceStatusBadge };
