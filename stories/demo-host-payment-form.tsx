import { useState } from 'react';
import type { AddPaymentMethodFormProps } from 'subscription-kit';
import type { MemoryDataProvider } from 'subscription-kit/testing';

/*
 * What a host puts in `renderAddPaymentMethod`: in production, the payment service's own fields
 * (Stripe Elements, Adyen …) that collect the card or IBAN and confirm the token. Here a stand-in
 * that confirms the token with the memory provider, as the payment service would. Nothing is typed
 * in: no card number or IBAN ever passes through the kit.
 */

interface DemoHostPaymentFormProps extends AddPaymentMethodFormProps {
  /** The memory provider behind the story (the "payment service" that confirms the token). */
  provider: () => MemoryDataProvider | null;
}

export function DemoHostPaymentForm({
  type,
  token,
  onComplete,
  onCancel,
  provider,
}: DemoHostPaymentFormProps) {
  const [saving, setSaving] = useState(false);
  const save = async () => {
    const service = provider();
    if (!service || saving) return;
    setSaving(true);
    await service.completeAddPaymentMethod({ token, last4: type === 'sepa_debit' ? '1234' : '4444' });
    onComplete();
  };
  return (
    <div className="sk-Form" data-slot="demo-host-form">
      <p className="sk-Muted">
        {type === 'sepa_debit'
          ? 'Your payment service’s IBAN field and SEPA mandate go here.'
          : 'Your payment service’s card fields go here.'}{' '}
        (Demo: {token})
      </p>
      <div className="sk-Actions">
        <button type="button" className="sk-Button" data-variant="primary" onClick={save}>
          {saving ? 'Saving…' : 'Save payment method'}
        </button>
        <button type="button" className="sk-Button" data-variant="ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** A story's provider together with a host form bound to it, fresh on every render of the story. */
export function hostFormScenario(create: () => MemoryDataProvider) {
  let current: MemoryDataProvider | null = null;
  return {
    dataProvider: () => {
      current = create();
      return current;
    },
    renderAddPaymentMethod: (props: AddPaymentMethodFormProps) => (
      <DemoHostPaymentForm {...props} provider={() => current} />
    ),
  };
}
