import * as Dialog from '@radix-ui/react-dialog';
import { useRef, useState } from 'react';
import { billingErrorCodeOf, type PaymentMethod } from '../../core';
import type { useRemovePaymentMethod } from '../../query';
import { BillingErrorMessage } from '../billing-error-message';
import { Button } from '../shared/button';
import { DialogContent } from '../shared/dialog';
import { useTranslate } from '../shared/translate';
import { describeRemoveError, isDefaultRequired } from './payment-method-text';

/** "Remove" with a confirmation dialog. */
function RemovePaymentMethod({
  method,
  name,
  remove,
  onRemoved,
}: {
  method: PaymentMethod;
  name: string;
  remove: NonNullable<ReturnType<typeof useRemovePaymentMethod>>;
  onRemoved: () => void;
}) {
  const t = useTranslate('RemovePaymentMethod');
  const [open, setOpen] = useState(false);
  const removed = useRef(false);
  const pending = remove.isPending && remove.variables === method.id;
  const error = remove.isError && remove.variables === method.id ? remove.error : null;

  const confirm = () => {
    if (remove.isPending) return;
    remove.mutate(method.id, {
      onSuccess: () => {
        removed.current = true;
        setOpen(false);
      },
    });
  };

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        if (pending) return;
        if (next) remove.reset();
        setOpen(next);
      }}
    >
      <Dialog.Trigger
        className="sk-Button"
        data-variant="ghost"
        data-size="small"
        aria-label={t('paymentMethods.removeLabel', { method: name })}
      >
        {t('paymentMethods.remove')}
      </Dialog.Trigger>
      <DialogContent
        name="sk-ConfirmDialog"
        data-slot="remove-payment-method"
        role="alertdialog"
        onCloseAutoFocus={(event) => {
          // The row is gone after a removal: the list's heading takes focus instead of the page.
          if (removed.current) {
            event.preventDefault();
            removed.current = false;
            onRemoved();
          }
        }}
      >
        <ConfirmRemove name={name} error={error} pending={pending} onConfirm={confirm} />
      </DialogContent>
    </Dialog.Root>
  );
}

interface ConfirmRemoveProps {
  name: string;
  error: unknown;
  pending: boolean;
  onConfirm: () => void;
}

/** What removing means, why it failed, and the choice; no Remove when the provider requires the method. */
function ConfirmRemove({ name, error, pending, onConfirm }: ConfirmRemoveProps) {
  const t = useTranslate('RemovePaymentMethod');
  return (
    <>
      <Dialog.Title className="sk-ConfirmDialog-title">
        {t('paymentMethods.confirmRemove.title', { method: name })}
      </Dialog.Title>
      <Dialog.Description className="sk-ConfirmDialog-description">
        {t('paymentMethods.confirmRemove.description')}
      </Dialog.Description>
      {error && (
        <BillingErrorMessage code={billingErrorCodeOf(error)} context={describeRemoveError(error, t)} />
      )}
      <div className="sk-Actions sk-ConfirmDialog-actions">
        <Dialog.Close className="sk-Button" data-variant="ghost">
          {t('paymentMethods.confirmRemove.cancel')}
        </Dialog.Close>
        {!isDefaultRequired(error) && (
          <Button variant="destructive" aria-disabled={pending || undefined} onClick={onConfirm}>
            {pending ? t('paymentMethods.confirmRemove.removing') : t('paymentMethods.confirmRemove.confirm')}
          </Button>
        )}
      </div>
    </>
  );
}

export { RemovePaymentMethod };
