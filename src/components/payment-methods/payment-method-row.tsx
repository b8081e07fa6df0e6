import type { PaymentMethod } from '../../core';
import type { useRemovePaymentMethod } from '../../query';
import { useSubscriptionKitContext } from '../../react/subscription-kit-context';
import { Button } from '../shared/button';
import { useTranslate } from '../shared/translate';
import { cardExpiry, expiryText, formatExpiry, methodName } from './payment-method-text';
import { RemovePaymentMethod } from './remove-payment-method';

const PAYMENT_METHODS_NAME = 'PaymentMethods';

interface PaymentMethodRowProps {
  id: string;
  method: PaymentMethod;
  at: Date;
  onSetDefault: (() => void) | null;
  settingDefault: boolean;
  remove: ReturnType<typeof useRemovePaymentMethod>;
  onRemoved: () => void;
}

function PaymentMethodRow(props: PaymentMethodRowProps) {
  const { id, method, at, onSetDefault, settingDefault, remove, onRemoved } = props;
  const { locale } = useSubscriptionKitContext(PAYMENT_METHODS_NAME);
  const t = useTranslate(PAYMENT_METHODS_NAME);
  const name = methodName(method, t);
  const expiry = method.type === 'card' ? cardExpiry(method.expMonth, method.expYear, at) : null;

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
      </div>
      {(onSetDefault || remove) && (
        <div className="sk-PaymentMethod-actions">
          {onSetDefault && (
            <Button
              variant="ghost"
              size="small"
              aria-label={t('paymentMethods.setDefaultLabel', { method: name })}
              aria-disabled={settingDefault || undefined}
              onClick={onSetDefault}
            >
              {settingDefault ? t('paymentMethods.settingDefault') : t('paymentMethods.setDefault')}
            </Button>
          )}
          {remove && (
            <RemovePaymentMethod method={method} name={name} remove={remove} onRemoved={onRemoved} />
          )}
        </div>
      )}
    </li>
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

export { PaymentMethodRow };
