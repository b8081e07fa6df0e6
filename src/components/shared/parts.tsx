import * as Dialog from '@radix-ui/react-dialog';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { billingErrorCodeOf } from '../../core';
import type { useInvoicePdf } from '../../query';
import { isUnsafeLinkError } from '../../query';
import { useSubscriptionKitContext } from '../../react/subscription-kit-context';
import { BillingErrorMessage } from '../billing-error-message';
import { joinClassName, rootProps } from './part-props';
import { InsideRoot } from './root-scope';
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
  { name, children, ...props },
  ref,
) {
  const { theme } = useSubscriptionKitContext(name);
  return (
    <Dialog.Portal>
      <Dialog.Overlay className="sk-Root sk-Overlay" data-sk-theme={theme} />
      <Dialog.Content {...rootProps(name, undefined, theme, props, ref)}>
        <InsideRoot>{children}</InsideRoot>
      </Dialog.Content>
    </Dialog.Portal>
  );
});

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

export { Button, DialogContent, InvoicePdfError, ReasonList };
