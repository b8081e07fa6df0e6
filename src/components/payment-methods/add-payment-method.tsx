import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import type { PaymentMethodType } from '../../core';
import { toSafeUrl, useStartAddPaymentMethod } from '../../query';
import { useTranslate } from '../shared/translate';
import { addLabel } from './payment-method-row';

/** What the host's own form receives to add a payment method (`renderAddPaymentMethod`). */
interface AddPaymentMethodFormProps {
  type: PaymentMethodType;
  /** The provider's token from `startAddPaymentMethod`, for the payment service's own fields. */
  token: string;
  /** Call when the payment service has saved the method: the list is fetched again from the provider. */
  onComplete: () => void;
  /** Call when the customer gives up; nothing is added. */
  onCancel: () => void;
}

/** How adding a payment method continues: in the host's own form, or on the provider's page. */
interface AddPaymentMethodOptions {
  /**
   * The host's form for a `host_form` start (the payment service's card or IBAN fields). The
   * library never collects card numbers or IBANs itself.
   */
  renderAddPaymentMethod?: ((props: AddPaymentMethodFormProps) => ReactNode) | undefined;
  /**
   * Follows the provider's redirect for adding a method (`https:` or same-origin only; anything
   * else is refused and never followed).
   * @default (url) => window.location.assign(url)
   */
  onRedirect?: ((url: string) => void) | undefined;
}

const PAYMENT_METHODS_NAME = 'PaymentMethods';

type Adding = { type: PaymentMethodType; token: string } | null;

type AddOptions = AddPaymentMethodOptions & {
  /** Called once the host's form has saved a method. */
  onAdded: () => void;
};

/**
 * Adding a method: the provider's start, then its redirect or the host's form; focus goes back to the
 * button that started it.
 */
function useAddPaymentMethod({ renderAddPaymentMethod, onRedirect, onAdded }: AddOptions) {
  const startAdd = useStartAddPaymentMethod();
  const [adding, setAdding] = useState<Adding>(null);
  const [hostFormMissing, setHostFormMissing] = useState(false);
  const buttons = useRef(new Map<PaymentMethodType, HTMLButtonElement | null>());

  const start = (type: PaymentMethodType) => {
    if (!startAdd || startAdd.isPending) return;
    setHostFormMissing(false);
    startAdd.mutate(type, {
      onSuccess: (result) => {
        if (result.type === 'redirect') {
          const safeUrl = toSafeUrl(result.url);
          // The boundary validation refuses unsafe links already; this guards the last step.
          if (safeUrl === null) return;
          if (onRedirect) onRedirect(safeUrl);
          else window.location.assign(safeUrl);
        } else if (!renderAddPaymentMethod) {
          setHostFormMissing(true);
          console.error(
            '`PaymentMethods` needs `renderAddPaymentMethod`: the data provider hands adding a payment method to the host form.',
          );
        } else {
          setAdding({ type, token: result.token });
        }
      },
    });
  };
  const close = (added: boolean) => {
    const type = adding?.type;
    setAdding(null);
    if (added) onAdded();
    if (type) requestAnimationFrame(() => buttons.current.get(type)?.focus());
  };
  return { startAdd, adding, hostFormMissing, buttons, start, close };
}

type AddState = ReturnType<typeof useAddPaymentMethod>;

interface AddPaymentMethodProps {
  add: AddState & { startAdd: NonNullable<AddState['startAdd']> };
  types: PaymentMethodType[];
  renderAddPaymentMethod: AddPaymentMethodOptions['renderAddPaymentMethod'];
}

/** One button per type the customer may add, or the host's form once one has started. */
function AddPaymentMethod({ add, types, renderAddPaymentMethod }: AddPaymentMethodProps) {
  const t = useTranslate(PAYMENT_METHODS_NAME);
  const { startAdd, adding } = add;
  return (
    <div className="sk-PaymentMethods-add" data-slot="add-payment-method">
      {adding && renderAddPaymentMethod ? (
        <HostForm adding={adding} onComplete={() => add.close(true)} onCancel={() => add.close(false)}>
          {renderAddPaymentMethod}
        </HostForm>
      ) : (
        <div className="sk-Actions">
          {types.map((type) => (
            <button
              key={type}
              ref={(element) => {
                add.buttons.current.set(type, element);
              }}
              type="button"
              className="sk-Button"
              data-variant={type === 'card' ? 'primary' : 'secondary'}
              aria-disabled={startAdd.isPending || undefined}
              onClick={() => add.start(type)}
            >
              {startAdd.isPending && startAdd.variables === type
                ? t('paymentMethods.add.starting')
                : addLabel(type, t)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

function HostForm({
  adding,
  onComplete,
  onCancel,
  children: render,
}: {
  adding: NonNullable<Adding>;
  onComplete: () => void;
  onCancel: () => void;
  children: (props: AddPaymentMethodFormProps) => ReactNode;
}) {
  const t = useTranslate(PAYMENT_METHODS_NAME);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="sk-PaymentMethods-hostForm" aria-labelledby={headingId}>
      <h3 className="sk-SectionHeading" id={headingId} ref={headingRef} tabIndex={-1}>
        {addLabel(adding.type, t)}
      </h3>
      {render({ type: adding.type, token: adding.token, onComplete, onCancel })}
    </section>
  );
}

export type { AddPaymentMethodFormProps, AddPaymentMethodOptions };
export { AddPaymentMethod, useAddPaymentMethod };
