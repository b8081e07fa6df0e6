import * as Dialog from '@radix-ui/react-dialog';
import type { RefObject } from 'react';
import type { Invoice } from '../../core';
import { useSubscriptionKitContext } from '../../react/subscription-kit-context';
import { InvoiceView } from '../invoice-view';
import { DialogContent } from '../shared/dialog';
import { CloseIcon } from '../shared/icons';
import { useTranslate } from '../shared/translate';

/** The built-in web view: `InvoiceView` in a dialog; focus returns to the row's button on close. */
function InvoiceDialog({
  invoice,
  onClose,
  returnFocusTo,
}: {
  invoice: Invoice | null;
  onClose: () => void;
  returnFocusTo: RefObject<HTMLElement | null>;
}) {
  const { dataProvider } = useSubscriptionKitContext('InvoiceDialog');
  const t = useTranslate('InvoiceDialog');
  return (
    <Dialog.Root open={invoice !== null} onOpenChange={(open) => !open && onClose()}>
      <DialogContent
        name="sk-InvoiceDialog"
        data-slot="invoice-dialog"
        aria-describedby={undefined}
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          returnFocusTo.current?.focus();
        }}
      >
        {invoice && (
          <>
            <Dialog.Title className="sk-VisuallyHidden">
              {t('invoiceView.title', { number: invoice.number })}
            </Dialog.Title>
            <Dialog.Close className="sk-IconButton sk-InvoiceDialog-close" aria-label={t('common.close')}>
              <CloseIcon />
            </Dialog.Close>
            {dataProvider?.getInvoice ? (
              <InvoiceView invoiceId={invoice.id} />
            ) : (
              <InvoiceView invoice={invoice} />
            )}
          </>
        )}
      </DialogContent>
    </Dialog.Root>
  );
}

export { InvoiceDialog };
