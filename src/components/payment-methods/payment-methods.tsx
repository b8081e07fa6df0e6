import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { billingErrorCodeOf, type PaymentMethod, type PaymentMethodType } from '../../core';
import { isUnsafeLinkError } from '../../react/download-invoice-pdf';
import { useSubscriptionKitContext } from '../../react/subscription-kit-context';
import { useCatalog, useSubscription } from '../../react/use-billing-queries';
import {
  usePaymentMethods,
  useRemovePaymentMethod,
  useSetDefaultPaymentMethod,
} from '../../react/use-payment-methods';
import { BillingErrorMessage, type PaymentFailureCode } from '../billing-error-message';
import { Panel, panelStatus } from '../shared/panel';
import { useTranslate } from '../shared/translate';
import { AddPaymentMethod, useAddPaymentMethod } from './add-payment-method';
import { PaymentMethodRow } from './payment-method-row';
import { describeActionError, methodName } from './payment-method-text';

/* -------------------------------------------------------------------------------------------------
 * PaymentMethods
 * -----------------------------------------------------------------------------------------------*/

const PAYMENT_METHODS_NAME = 'PaymentMethods';

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

interface PaymentMethodsProps {
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
  /**
   * The types the customer may add. Bank transfer is for enterprise plans only.
   * @default ['card', 'sepa_debit'], plus 'bank_transfer' on an enterprise plan
   */
  paymentMethodTypes?: PaymentMethodType[] | undefined;
  /**
   * A payment that just failed (e.g. from `PlanModalContent`'s `onUpdatePaymentMethod`): shows its
   * guidance first, with "Update payment method" starting a new card.
   */
  paymentFailure?: PaymentFailureCode | undefined;
  className?: string | undefined;
}

/**
 * "Manage billing": cards (brand, last four, expiry, expired or expiring-soon warning), SEPA Direct
 * Debit (IBAN last four, mandate reference) and bank transfer (with the instructions); add through
 * the host's form or the provider's redirect, set default, remove with confirmation. Each action is
 * hidden when the provider lacks it. Renders nothing without `listPaymentMethods`.
 *
 * @selector [data-status="loading|error|empty|ready"] - the state of the list
 * @selector .sk-PaymentMethod[data-type="card|sepa_debit|bank_transfer"] - a method's type
 * @selector .sk-PaymentMethod[data-default] - the default method
 * @selector .sk-PaymentMethod[data-expiry="valid|expiring_soon|expired"] - a card's expiry
 */
function PaymentMethods({
  renderAddPaymentMethod,
  onRedirect,
  paymentMethodTypes,
  paymentFailure,
  className,
}: PaymentMethodsProps) {
  const { dataProvider, now } = useSubscriptionKitContext(PAYMENT_METHODS_NAME);
  const t = useTranslate(PAYMENT_METHODS_NAME);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const query = usePaymentMethods();
  const setDefault = useSetDefaultPaymentMethod();
  const remove = useRemovePaymentMethod();
  const enterprise = useOnEnterprisePlan();
  const [announcement, setAnnouncement] = useState('');
  const focusAfterUpdate = useFocusRowAfterUpdate(headingId);
  const add = useAddPaymentMethod({
    renderAddPaymentMethod,
    onRedirect,
    onAdded: () => {
      // The list on screen is always the provider's answer, validated at the boundary.
      void query.refetch();
      setAnnouncement(t('paymentMethods.added'));
    },
  });
  const { startAdd } = add;

  const methods = query.data ?? [];
  const types = (paymentMethodTypes ?? (enterprise ? ALL_TYPES : ['card', 'sepa_debit'])).filter(
    (type) => type !== 'bank_transfer' || !methods.some((method) => method.type === 'bank_transfer'),
  );

  if (!dataProvider?.listPaymentMethods) return null;
  const status = panelStatus(query.isError, query.isPending, methods.length === 0);

  const makeDefault = (method: PaymentMethod) => {
    if (!setDefault || setDefault.isPending) return;
    setDefault.mutate(method.id, {
      onSuccess: () => {
        focusAfterUpdate.current = method.id;
        setAnnouncement(t('paymentMethods.defaultSet', { method: methodName(method, t) }));
      },
    });
  };

  const actionError = setDefault?.isError ? setDefault.error : startAdd?.isError ? startAdd.error : null;

  return (
    <Panel
      name="sk-PaymentMethods"
      slot="payment-methods"
      status={status}
      title={t('paymentMethods.title')}
      subtitle={<p className="sk-Muted">{t('paymentMethods.description')}</p>}
      className={className}
      headingRef={headingRef}
      notice={
        <>
          {paymentFailure && (
            <BillingErrorMessage
              code={paymentFailure}
              announce={false}
              onUpdatePaymentMethod={startAdd && types.includes('card') ? () => add.start('card') : undefined}
            />
          )}
          <p className="sk-VisuallyHidden" role="status">
            {announcement}
          </p>
        </>
      }
      skeleton={{ className: 'sk-PaymentMethods-skeleton', kind: 'row', count: 2 }}
      failure={{
        error: query.error,
        context: t('paymentMethods.loadError'),
        onRetry: () => void query.refetch(),
      }}
      emptyText={t('paymentMethods.empty')}
    >
      {actionError && (
        <BillingErrorMessage
          code={billingErrorCodeOf(actionError)}
          context={
            isUnsafeLinkError(actionError)
              ? t('paymentMethods.unsafeLink')
              : describeActionError(actionError, t)
          }
        />
      )}

      {add.hostFormMissing && (
        <BillingErrorMessage code="unknown" context={t('paymentMethods.add.unavailable')} />
      )}

      {methods.length > 0 && (
        <ul className="sk-PaymentMethods-list" aria-label={t('paymentMethods.listLabel')}>
          {methods.map((method) => (
            <PaymentMethodRow
              key={method.id}
              id={rowId(headingId, method.id)}
              method={method}
              at={now()}
              onSetDefault={setDefault && !method.isDefault ? () => makeDefault(method) : null}
              settingDefault={setDefault?.isPending === true && setDefault.variables === method.id}
              remove={remove}
              onRemoved={() => {
                setAnnouncement(t('paymentMethods.removed', { method: methodName(method, t) }));
                headingRef.current?.focus();
              }}
            />
          ))}
        </ul>
      )}

      {startAdd && status !== 'loading' && status !== 'error' && (
        <AddPaymentMethod
          add={{ ...add, startAdd }}
          types={types}
          renderAddPaymentMethod={renderAddPaymentMethod}
        />
      )}

      <p className="sk-PaymentMethods-accepted sk-Muted">{t('paymentMethods.accepted')}</p>
    </Panel>
  );
}

const ALL_TYPES: PaymentMethodType[] = ['card', 'sepa_debit', 'bank_transfer'];

function rowId(prefix: string, methodId: string) {
  return `${prefix}-method-${methodId}`;
}

/** After "Set as default" the button is gone: focus continues from the method's row. */
function useFocusRowAfterUpdate(headingId: string) {
  const focusAfterUpdate = useRef<string | null>(null);
  useEffect(() => {
    const id = focusAfterUpdate.current;
    if (id === null) return;
    const row = document.getElementById(rowId(headingId, id));
    if (row) {
      focusAfterUpdate.current = null;
      row.focus();
    }
  });
  return focusAfterUpdate;
}

/** Whether the current plan is an enterprise plan (bank transfer is offered there only). */
function useOnEnterprisePlan(): boolean {
  const subscription = useSubscription();
  const catalog = useCatalog();
  const planId = subscription.data?.planId;
  return catalog.data?.find((plan) => plan.id === planId)?.family === 'enterprise';
}

export type { AddPaymentMethodFormProps, PaymentMethodsProps };
export { PaymentMethods };
