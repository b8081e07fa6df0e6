import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AddPaymentMethodFormProps } from 'subscription-kit';

/*
 * The host's own "add a payment method" form (PaymentMethods' `renderAddPaymentMethod`). In a real
 * app this mounts the payment service's secure fields with `token`; the library never sees a card
 * number or an IBAN. Here it stands in for one: it asks the demo server to finish the setup for
 * `token` with a test card or mandate, then tells the library, which fetches the list again.
 */
export function PaymentMethodForm({ type, token, onComplete, onCancel }: AddPaymentMethodFormProps) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState(false);
  const sepa = type === 'sepa_debit';

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const digits = String(form.get(sepa ? 'iban' : 'number') ?? '').replace(/\D/g, '');
    setSaving(true);
    setError(false);
    const response = await fetch('/api/demo/payment-methods/complete', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token, last4: digits.slice(-4) || undefined, brand: sepa ? undefined : 'visa' }),
    }).catch(() => null);
    setSaving(false);
    if (response?.ok) onComplete();
    else setError(true);
  };

  return (
    <form className="payment-form" onSubmit={submit}>
      <p className="payment-form-note">{t('cardForm.note')}</p>
      {sepa ? (
        <label className="field">
          <span>{t('cardForm.iban')}</span>
          <input name="iban" defaultValue="DK50 0040 0440 1162 43" autoComplete="off" />
        </label>
      ) : (
        <div className="field-row">
          <label className="field field-wide">
            <span>{t('cardForm.number')}</span>
            <input name="number" defaultValue="4242 4242 4242 4242" inputMode="numeric" autoComplete="off" />
          </label>
          <label className="field">
            <span>{t('cardForm.expiry')}</span>
            <input name="expiry" defaultValue="12 / 29" autoComplete="off" />
          </label>
          <label className="field">
            <span>{t('cardForm.cvc')}</span>
            <input name="cvc" defaultValue="123" inputMode="numeric" autoComplete="off" />
          </label>
        </div>
      )}
      {error && (
        <p className="payment-form-error" role="alert">
          {t('cardForm.error')}
        </p>
      )}
      <div className="payment-form-actions">
        <button type="submit" className="sk-Button" data-variant="primary" disabled={saving}>
          {saving ? t('cardForm.saving') : sepa ? t('cardForm.saveMandate') : t('cardForm.save')}
        </button>
        <button type="button" className="sk-Button" data-variant="secondary" onClick={onCancel}>
          {t('cardForm.cancel')}
        </button>
      </div>
    </form>
  );
}
