import * as Dialog from '@radix-ui/react-dialog';
import { useRef, useState } from 'react';
import {
  billingErrorCodeOf,
  type CardExpiry,
  cardExpiry,
  isBillingError,
  type PaymentMethod,
  type PaymentMethodType,
} from '../../core';
import type { useRemovePaymentMethod } from '../../query';
import { BillingErrorMessage } from '../billing-error-message';
import { Button, DialogContent } from '../shared/parts';
import { methodName } from '../shared/payment-method-name';
import { type Translate, type TranslationKey, useKit, useTranslate } from '../shared/translate';

const PAYMENT_METHODS_NAME = 'PaymentMethods';

interface PaymentMethodRowProps {
  id: string;
  method: PaymentMethod;
  at: Date;
  onSetDefault: (() => void) | null;
  settingDefault: boolean;
  remove: ReturnType<typeof useRemovePaymentMethod>;
  /**
   * The default method of a paid subscription: the provider would refuse to remove it, so Remove
   * is not offered and the row says why.
   */
  requiredForSubscription: boolean;
  onRemoved: () => void;
}

function PaymentMethodRow({
  id,
  method,
  at,
  onSetDefault,
  settingDefault,
  remove,
  requiredForSubscription,
  onRemoved,
}: PaymentMethodRowProps) {
  const { locale, t } = useKit(PAYMENT_METHODS_NAME);
  const name = methodName(method, t);
  const expiry = method.type === 'card' ? cardExpiry(method, at) : null;
  const removable = remove !== null && !requiredForSubscription;

  return (
    <li
      id={id}
      tabIndex={-1}
      className="sk-PaymentMethod"
      data-type={method.type}
      data-default={method.isDefault || undefined}
      data-expiry={expiry ?? undefined}
    >
      <MethodIcon method={method} />
      <div className="sk-PaymentMethod-details">
        <p className="sk-PaymentMethod-name">
          <span>{name}</span>
          {method.isDefault && (
            <span className="sk-Badge" data-variant="default">
              {t('paymentMethods.default')}
            </span>
          )}
        </p>
        {method.type === 'card' && (
          <p className="sk-PaymentMethod-meta" data-expiry={expiry ?? undefined}>
            {expiryText(expiry, formatExpiry(method.expMonth, method.expYear, locale), t)}
          </p>
        )}
        {method.type === 'card' && expiry === 'expired' && (
          <p className="sk-PaymentMethod-warning">{t('errors.card_expired.resolution')}</p>
        )}
        {method.type === 'sepa_debit' && (
          <p className="sk-PaymentMethod-meta">
            {t('paymentMethods.sepa.mandate', { reference: method.mandateReference })}
          </p>
        )}
        {method.type === 'bank_transfer' && (
          <p className="sk-PaymentMethod-meta">
            {method.reference
              ? t('paymentMethods.bankTransfer.instructions', { reference: method.reference })
              : t('paymentMethods.bankTransfer.instructionsNoReference')}
          </p>
        )}
        {remove && requiredForSubscription && (
          <p className="sk-PaymentMethod-meta" data-slot="remove-blocked">
            {t('paymentMethods.defaultRequired')}
          </p>
        )}
      </div>
      {(onSetDefault || removable) && (
        <div className="sk-PaymentMethod-actions">
          {onSetDefault && <SetDefault name={name} pending={settingDefault} onClick={onSetDefault} />}
          {removable && (
            <RemovePaymentMethod method={method} name={name} remove={remove} onRemoved={onRemoved} />
          )}
        </div>
      )}
    </li>
  );
}

function SetDefault({ name, pending, onClick }: { name: string; pending: boolean; onClick: () => void }) {
  const t = useTranslate(PAYMENT_METHODS_NAME);
  return (
    <Button
      variant="ghost"
      size="small"
      aria-label={t('paymentMethods.setDefaultLabel', { method: name })}
      aria-disabled={pending || undefined}
      onClick={onClick}
    >
      {pending ? t('paymentMethods.settingDefault') : t('paymentMethods.setDefault')}
    </Button>
  );
}

/** A small, colour-neutral mark per method type (the name says the brand); lines only, no fill. */
function MethodIcon({ method }: { method: PaymentMethod }) {
  return (
    <span className="sk-PaymentMethod-icon" data-type={method.type}>
      <svg
        viewBox="0 0 24 24"
        aria-hidden="true"
        focusable="false"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      >
        {method.type === 'card' ? (
          <>
            <rect x="2.5" y="5" width="19" height="14" rx="2.5" />
            <path d="M2.5 9.5h19" strokeWidth="2" />
            <path d="M6 15h4" strokeLinecap="round" />
          </>
        ) : method.type === 'sepa_debit' ? (
          <>
            <path d="M4 10l8-5 8 5" strokeLinejoin="round" />
            <path d="M6 10v7M10 10v7M14 10v7M18 10v7M4 19h16" />
          </>
        ) : (
          <path d="M4 8h13l-3-3M20 16H7l3 3" strokeLinecap="round" strokeLinejoin="round" />
        )}
      </svg>
    </span>
  );
}

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
  const t = useTranslate(PAYMENT_METHODS_NAME);
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
  const t = useTranslate(PAYMENT_METHODS_NAME);
  return (
    <>
      <Dialog.Title className="sk-ConfirmDialog-title">
        {t('paymentMethods.confirmRemove.title', { method: name })}
      </Dialog.Title>
      <Dialog.Description className="sk-ConfirmDialog-description">
        {t('paymentMethods.confirmRemove.description')}
      </Dialog.Description>
      {error && (
        <BillingErrorMessage code={billingErrorCodeOf(error)} context={t('paymentMethods.unchanged')} />
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

/** "08/2028" (en), "08.2028" (da, de): the month and year as printed on cards. */
function formatExpiry(expMonth: number, expYear: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(expYear, expMonth - 1, 1),
  );
}

const EXPIRY_TEXT: Record<CardExpiry, TranslationKey> = {
  expired: 'paymentMethods.card.expired',
  expiring_soon: 'paymentMethods.card.expiringSoon',
  valid: 'paymentMethods.card.expires',
};

function expiryText(expiry: CardExpiry | null, date: string, t: Translate): string {
  return t(EXPIRY_TEXT[expiry ?? 'valid'], { date });
}

function addLabel(type: PaymentMethodType, t: Translate): string {
  return t(`paymentMethods.add.${type}`);
}

/** The provider refused to remove the (default) method the subscription is paid with. */
function isDefaultRequired(error: unknown): boolean {
  return isBillingError(error) && error.code === 'payment_method_required';
}

function describeActionError(error: unknown, t: Translate): string {
  return isBillingError(error) &&
    error.code === 'plan_unavailable' &&
    error.details?.reason === 'bank_transfer_requires_enterprise'
    ? t('paymentMethods.bankTransfer.enterpriseOnly')
    : t('paymentMethods.unchanged');
}

export {
  addLabel,
  describeActionError,
  expiryText,
  formatExpiry,
  isDefaultRequired,
  methodName,
  PaymentMethodRow,
};
