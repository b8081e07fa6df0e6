import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AddPaymentMethodFormProps } from 'subscription-kit';
import { testCardOf } from 'subscription-kit/testing';

/*
 * The host's own "add a payment method" form (PaymentMethods' `renderAddPaymentMethod`). In a real
 * app this mounts the payment service's secure fields with `token`; the library never sees a card
 * number or an IBAN. Here it stands in for one: it asks the demo server to finish the setup for
 * `token` with a test card or mandate, then tells the library, which fetches the list again.
 */
export function PaymentMethodForm({ type, token, onComplete, onCancel }: AddPaymentMethodFormProps) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<'invalidNumber' | 'error' | null>(null);
  const sepa = type === 'sepa_debit';

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    // The payment service reads the brand from the number; a number it would refuse is not sent.
    const card = sepa ? null : testCardOf(String(form.get('number') ?? ''));
    if (!sepa && !card) return setError('invalidNumber');
    const iban = String(form.get('iban') ?? '').replace(/\W/g, '');
    setSaving(true);
    setError(null);
    const response = await fetch('/api/demo/payment-methods/complete', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token, ...(card ?? { last4: iban.slice(-4) || undefined }) }),
    }).catch(() => null);
    setSaving(false);
    if (response?.ok) onComplete();
    else setError('error');
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
          {t(`cardForm.${error}`)}
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
