import * as Dialog from '@radix-ui/react-dialog';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { billingErrorCodeOf } from '../../core';
import type { useInvoicePdf } from '../../query';
import { isUnsafeLinkError } from '../../query';
import { useSubscriptionKitContext } from '../../react/subscription-kit-context';
import { BillingErrorMessage } from '../billing-error-message';
import { joinClassName, rootProps } from './part-props';
import { useTranslate } from './translate';

interface ButtonProps extends ComponentPropsWithoutRef<'button'> {
  variant: 'primary' | 'secondary' | 'ghost' | 'destructive' | 'current';
  size?: 'small' | undefined;
}

/** A `type="button"` styled by `sk-Button`: actions never submit a host's surrounding form. */
function Button({ variant, size, className, ...props }: ButtonProps) {
  return (
    <button
      type="button"
      className={joinClassName('sk-Button', className)}
      data-variant={variant}
      data-size={size}
      {...props}
    />
  );
}

interface DialogContentProps extends ComponentPropsWithoutRef<typeof Dialog.Content> {
  /** The content's own class, e.g. `sk-PlanModal`. */
  name: string;
}

/**
 * A Radix dialog's content with its overlay, portalled out of the host's page: both carry the
 * library's root class and theme, as nothing around them in `body` does.
 */
const DialogContent = /* @__PURE__ */ forwardRef<HTMLDivElement, DialogContentProps>(function DialogContent(
  { name, ...props },
  ref,
) {
  const { theme } = useSubscriptionKitContext(name);
  return (
    <Dialog.Portal>
      <Dialog.Overlay className="sk-Root sk-Overlay" data-sk-theme={theme} />
      <Dialog.Content {...rootProps(name, undefined, theme, props, ref)} />
    </Dialog.Portal>
  );
});

/* Icons are decorative: the text beside them, or the button's label, says what they mean. */

function CheckIcon() {
  return (
    <svg className="sk-Check" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}

function CloseIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
    </svg>
  );
}

/** The context message: the engine's reasons as sentences. Nothing when there are none. */
function ReasonList({ sentences, className }: { sentences: string[]; className: string }) {
  if (sentences.length === 0) return null;
  return (
    <ul className={className} data-slot="context-message">
      {sentences.map((sentence) => (
        <li key={sentence}>{sentence}</li>
      ))}
    </ul>
  );
}

type InvoicePdfMutation = NonNullable<ReturnType<typeof useInvoicePdf>>;

/** A PDF download that failed, with "Try again" unless the link itself was refused. */
function InvoicePdfError({ pdf }: { pdf: InvoicePdfMutation | null }) {
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

export { Button, CheckIcon, CloseIcon, DialogContent, InvoicePdfError, ReasonList };
