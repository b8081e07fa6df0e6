import { type ComponentPropsWithoutRef, useEffect, useId, useRef, useState } from 'react';
import { billingErrorCodeOf, cardExpiry, type PaymentMethod, type PaymentMethodType } from '../../core';
import {
  isUnsafeLinkError,
  useCatalog,
  usePaymentMethods,
  useRemovePaymentMethod,
  useSetDefaultPaymentMethod,
  useSubscription,
} from '../../query';
import { BillingErrorMessage, type PaymentFailureCode } from '../billing-error-message';
import { Panel, panelStatus } from '../shared/panel';
import { publicPart } from '../shared/render-boundary';
import { useKit, useTranslate } from '../shared/translate';
import {
  AddPaymentMethod,
  type AddPaymentMethodFormProps,
  type AddPaymentMethodOptions,
  useAddPaymentMethod,
} from './add-payment-method';
import { describeActionError, methodName, PaymentMethodRow } from './payment-method-row';

/* -------------------------------------------------------------------------------------------------
 * PaymentMethods
 * -----------------------------------------------------------------------------------------------*/

const PAYMENT_METHODS_NAME = 'PaymentMethods';

interface PaymentMethodsProps
  extends AddPaymentMethodOptions,
    Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
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
  /** Classes added after the part's own `sk-PaymentMethods`, e.g. for placement on the host's page. */
  className?: string | undefined;
}

/**
 * "Manage billing": cards (brand, last four, expiry, expired or expiring-soon warning), SEPA Direct
 * Debit (IBAN last four, mandate reference) and bank transfer (with the instructions); add through
 * the host's form or the provider's redirect, set default, remove with confirmation. Each action is
 * hidden when the provider lacks it. Renders nothing without `listPaymentMethods`.
 *
 * @selector [data-slot="payment-methods"] - the root
 * @selector [data-status="loading|error|empty|ready"] - the state of the list
 * @selector .sk-PaymentMethod[data-type="card|sepa_debit|bank_transfer"] - a method's type (and its icon's)
 * @selector .sk-PaymentMethod[data-default] - the default method, with `.sk-Badge[data-variant="default"]`
 * @selector .sk-PaymentMethod[data-expiry="valid|expiring_soon|expired"] - a card's expiry
 * @selector [data-slot="add-payment-method"] - the buttons that add a method, or the host's form
 * @selector [data-slot="remove-payment-method"] - the removal confirmation
 * @selector [data-slot="remove-blocked"] - why the default method of a paid subscription has no Remove
 */
const PaymentMethods = /* @__PURE__ */ publicPart<HTMLElement, PaymentMethodsProps>(function PaymentMethods(
  { renderAddPaymentMethod, onRedirect, paymentMethodTypes, paymentFailure, ...props },
  ref,
) {
  const { dataProvider, t } = useKit(PAYMENT_METHODS_NAME);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const query = usePaymentMethods();
  const [announcement, setAnnouncement] = useState('');
  const setDefault = useSetDefault(setAnnouncement);
  const remove = useRemovePaymentMethod();
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
  const types = useAddableTypes(paymentMethodTypes, methods);

  if (!dataProvider?.listPaymentMethods) return null;
  const status = panelStatus(query.isError, query.isPending, methods.length === 0);
  const actionError = setDefault.error ?? (startAdd?.isError ? startAdd.error : null);

  return (
    <Panel
      name="sk-PaymentMethods"
      slot="payment-methods"
      status={status}
      strings="paymentMethods"
      subtitle={<p className="sk-Muted">{t('paymentMethods.description')}</p>}
      headingRef={headingRef}
      notice={
        <PaymentNotice
          paymentFailure={paymentFailure}
          onUpdatePaymentMethod={startAdd && types.includes('card') ? () => add.start('card') : undefined}
          announcement={announcement}
        />
      }
      skeleton={{ className: 'sk-PaymentMethods-skeleton', kind: 'row', count: 2 }}
      read={{ error: query.error, retry: () => void query.refetch() }}
      rootRef={ref}
      rootAttributes={props}
    >
      <ActionError error={actionError} hostFormMissing={add.hostFormMissing} />
      {methods.length > 0 && (
        <PaymentMethodList
          methods={methods}
          setDefault={setDefault}
          remove={remove}
          onRemoved={(method) => {
            setAnnouncement(t('paymentMethods.removed', { method: methodName(method, t) }));
            headingRef.current?.focus();
          }}
        />
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
}, PAYMENT_METHODS_NAME);

/* -----------------------------------------------------------------------------------------------*/

interface PaymentMethodListProps {
  methods: PaymentMethod[];
  setDefault: ReturnType<typeof useSetDefault>;
  remove: ReturnType<typeof useRemovePaymentMethod>;
  onRemoved: (method: PaymentMethod) => void;
}

function PaymentMethodList({ methods, setDefault, remove, onRemoved }: PaymentMethodListProps) {
  const { now, t } = useKit(PAYMENT_METHODS_NAME);
  const at = now();
  const paidSubscription = usePaidSubscription();
  const enterprise = useOnEnterprisePlan();
  return (
    <ul className="sk-PaymentMethods-list" aria-label={t('paymentMethods.listLabel')}>
      {methods.map((method) => (
        <PaymentMethodRow
          key={method.id}
          id={setDefault.rowId(method.id)}
          method={method}
          at={at}
          onSetDefault={
            setDefault.available && canBeDefault(method, at, enterprise)
              ? () => setDefault.make(method)
              : null
          }
          settingDefault={setDefault.pendingId === method.id}
          remove={remove}
          requiredForSubscription={method.isDefault && paidSubscription}
          onRemoved={() => onRemoved(method)}
        />
      ))}
    </ul>
  );
}

interface PaymentNoticeProps {
  paymentFailure: PaymentFailureCode | undefined;
  onUpdatePaymentMethod: (() => void) | undefined;
  announcement: string;
}

/** A payment that just failed, with its guidance; and what the last action did, for screen readers. */
function PaymentNotice({ paymentFailure, onUpdatePaymentMethod, announcement }: PaymentNoticeProps) {
  return (
    <>
      {paymentFailure && (
        <BillingErrorMessage
          code={paymentFailure}
          announce={false}
          onUpdatePaymentMethod={onUpdatePaymentMethod}
        />
      )}
      <p className="sk-VisuallyHidden" role="status">
        {announcement}
      </p>
    </>
  );
}

/** Why setting the default or starting to add a method failed; nothing has changed. */
function ActionError({ error, hostFormMissing }: { error: unknown; hostFormMissing: boolean }) {
  const t = useTranslate(PAYMENT_METHODS_NAME);
  return (
    <>
      {error ? (
        <BillingErrorMessage
          code={billingErrorCodeOf(error)}
          context={isUnsafeLinkError(error) ? t('paymentMethods.unsafeLink') : describeActionError(error, t)}
        />
      ) : null}
      {hostFormMissing && (
        <BillingErrorMessage code="unknown" context={t('paymentMethods.add.unavailable')} />
      )}
    </>
  );
}

const ALL_TYPES: PaymentMethodType[] = ['card', 'sepa_debit', 'bank_transfer'];

/** The types the customer may add: bank transfer on an enterprise plan, and only once. */
function useAddableTypes(
  paymentMethodTypes: PaymentMethodType[] | undefined,
  methods: PaymentMethod[],
): PaymentMethodType[] {
  const enterprise = useOnEnterprisePlan();
  return (paymentMethodTypes ?? (enterprise ? ALL_TYPES : ['card', 'sepa_debit'])).filter(
    (type) => type !== 'bank_transfer' || !methods.some((method) => method.type === 'bank_transfer'),
  );
}

/** "Set as default", which announces itself; its button is then gone, so focus moves to the row. */
function useSetDefault(announce: (message: string) => void) {
  const t = useTranslate(PAYMENT_METHODS_NAME);
  const setDefault = useSetDefaultPaymentMethod();
  const prefix = useId();
  const focusAfterUpdate = useRef<string | null>(null);
  const rowId = (methodId: string) => `${prefix}-method-${methodId}`;
  useEffect(() => {
    const id = focusAfterUpdate.current;
    if (id === null) return;
    const row = document.getElementById(rowId(id));
    if (row) {
      focusAfterUpdate.current = null;
      row.focus();
    }
  });
  const make = (method: PaymentMethod) => {
    if (!setDefault || setDefault.isPending) return;
    setDefault.mutate(method.id, {
      onSuccess: () => {
        focusAfterUpdate.current = method.id;
        announce(t('paymentMethods.defaultSet', { method: methodName(method, t) }));
      },
    });
  };
  return {
    available: setDefault !== null,
    pendingId: setDefault?.isPending ? setDefault.variables : null,
    error: setDefault?.isError ? setDefault.error : null,
    rowId,
    make,
  };
}

/**
 * Whether "Set as default" can work for `method`: not on the default already, not on an expired
 * card (its row says to add a new one; every charge would fail), and bank transfer on an
 * enterprise plan only (the provider refuses it elsewhere).
 */
function canBeDefault(method: PaymentMethod, at: Date, enterprise: boolean): boolean {
  if (method.isDefault) return false;
  if (method.type === 'card') return cardExpiry(method, at) !== 'expired';
  return method.type !== 'bank_transfer' || enterprise;
}

/**
 * Whether a subscription is charged to the default method: one not cancelled, on a plan with a
 * price (as the conformance kit's scenario reads it), or on a plan not known yet; the provider
 * would refuse to remove its method.
 */
function usePaidSubscription(): boolean {
  const subscription = useSubscription().data;
  const catalog = useCatalog().data;
  if (!subscription || subscription.status === 'canceled') return false;
  const plan = catalog?.find((candidate) => candidate.id === subscription.planId);
  return !plan || plan.prices.month.amount > 0;
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
