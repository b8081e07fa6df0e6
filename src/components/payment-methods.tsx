import * as Dialog from '@radix-ui/react-dialog';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import {
  type BillingErrorCode,
  billingErrorCodeOf,
  isBillingError,
  type PaymentMethod,
  type PaymentMethodType,
} from '../core';
import { isUnsafeLinkError } from '../react/download-invoice-pdf';
import { toSafeUrl } from '../react/safe-url';
import { useSubscriptionKitContext } from '../react/subscription-kit-context';
import { useCatalog, useSubscription } from '../react/use-billing-queries';
import { useLibraryTranslation } from '../react/use-library-translation';
import {
  usePaymentMethods,
  useRemovePaymentMethod,
  useSetDefaultPaymentMethod,
  useStartAddPaymentMethod,
} from '../react/use-payment-methods';
import { BillingErrorMessage, type PaymentFailureCode } from './billing-error-message';
import { Panel } from './panel';

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

type Adding = { type: PaymentMethodType; token: string } | null;

/**
 * "Manage billing": cards (brand, last four, expiry, expired or expiring-soon warning), SEPA Direct
 * Debit (IBAN last four, mandate reference) and bank transfer (with the instructions); add through
 * the host's form or the provider's redirect, set default, remove with confirmation. Each action is
 * hidden when the provider lacks it. Renders nothing without `listPaymentMethods`.
 */
function PaymentMethods({
  renderAddPaymentMethod,
  onRedirect,
  paymentMethodTypes,
  paymentFailure,
  className,
}: PaymentMethodsProps) {
  const { dataProvider, now } = useSubscriptionKitContext(PAYMENT_METHODS_NAME);
  const { t } = useLibraryTranslation(PAYMENT_METHODS_NAME);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const query = usePaymentMethods();
  const setDefault = useSetDefaultPaymentMethod();
  const remove = useRemovePaymentMethod();
  const startAdd = useStartAddPaymentMethod();
  const enterprise = useOnEnterprisePlan();
  const [adding, setAdding] = useState<Adding>(null);
  const [announcement, setAnnouncement] = useState('');
  const [hostFormMissing, setHostFormMissing] = useState(false);
  const addButtons = useRef(new Map<PaymentMethodType, HTMLButtonElement | null>());
  const focusAfterUpdate = useRef<string | null>(null);

  const methods = query.data ?? [];
  const types = (paymentMethodTypes ?? (enterprise ? ALL_TYPES : ['card', 'sepa_debit'])).filter(
    (type) => type !== 'bank_transfer' || !methods.some((method) => method.type === 'bank_transfer'),
  );

  // After "Set as default" the button is gone: continue from the method's row.
  useEffect(() => {
    const id = focusAfterUpdate.current;
    if (id === null) return;
    const row = document.getElementById(rowId(headingId, id));
    if (row) {
      focusAfterUpdate.current = null;
      row.focus();
    }
  });

  if (!dataProvider?.listPaymentMethods) return null;
  const status = query.isError
    ? 'error'
    : query.isPending
      ? 'loading'
      : methods.length === 0
        ? 'empty'
        : 'ready';
  const at = now();

  const start = (type: PaymentMethodType) => {
    if (!startAdd || startAdd.isPending) return;
    setHostFormMissing(false);
    startAdd.mutate(type, {
      onSuccess: (result) => {
        switch (result.type) {
          case 'redirect': {
            const safeUrl = toSafeUrl(result.url);
            // The boundary validation refuses unsafe links already; this guards the last step.
            if (safeUrl === null) return;
            if (onRedirect) onRedirect(safeUrl);
            else window.location.assign(safeUrl);
            return;
          }
          case 'host_form':
            if (!renderAddPaymentMethod) {
              setHostFormMissing(true);
              console.error(
                '`PaymentMethods` needs `renderAddPaymentMethod`: the data provider hands adding a payment method to the host form.',
              );
              return;
            }
            setAdding({ type, token: result.token });
            return;
          default:
            result satisfies never;
        }
      },
    });
  };

  const finishAdding = () => {
    const type = adding?.type;
    setAdding(null);
    // The list on screen is always the provider's answer, validated at the boundary.
    void query.refetch();
    setAnnouncement(t('paymentMethods.added'));
    if (type) requestAnimationFrame(() => addButtons.current.get(type)?.focus());
  };

  const cancelAdding = () => {
    const type = adding?.type;
    setAdding(null);
    if (type) requestAnimationFrame(() => addButtons.current.get(type)?.focus());
  };

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
    >
      {paymentFailure && (
        <BillingErrorMessage
          code={paymentFailure}
          announce={false}
          onUpdatePaymentMethod={startAdd && types.includes('card') ? () => start('card') : undefined}
        />
      )}

      <p className="sk-VisuallyHidden" role="status">
        {announcement}
      </p>

      {status === 'loading' && (
        <div className="sk-PaymentMethods-skeleton">
          <p className="sk-VisuallyHidden" role="status">
            {t('common.loading')}
          </p>
          <div className="sk-Skeleton sk-Skeleton--row" />
          <div className="sk-Skeleton sk-Skeleton--row" />
        </div>
      )}

      {status === 'error' && (
        <BillingErrorMessage
          code={billingErrorCodeOf(query.error)}
          context={t('paymentMethods.loadError')}
          onRetry={() => void query.refetch()}
        />
      )}

      {status === 'empty' && <p className="sk-Empty">{t('paymentMethods.empty')}</p>}

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

      {hostFormMissing && (
        <BillingErrorMessage code="unknown" context={t('paymentMethods.add.unavailable')} />
      )}

      {methods.length > 0 && (
        <ul className="sk-PaymentMethods-list" aria-label={t('paymentMethods.listLabel')}>
          {methods.map((method) => (
            <PaymentMethodRow
              key={method.id}
              id={rowId(headingId, method.id)}
              method={method}
              at={at}
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
        <div className="sk-PaymentMethods-add" data-slot="add-payment-method">
          {adding && renderAddPaymentMethod ? (
            <HostForm adding={adding} onComplete={finishAdding} onCancel={cancelAdding}>
              {renderAddPaymentMethod}
            </HostForm>
          ) : (
            <div className="sk-Actions">
              {types.map((type) => (
                <button
                  key={type}
                  ref={(element) => {
                    addButtons.current.set(type, element);
                  }}
                  type="button"
                  className="sk-Button"
                  data-variant={type === 'card' ? 'primary' : 'secondary'}
                  aria-disabled={startAdd.isPending || undefined}
                  onClick={() => start(type)}
                >
                  {startAdd.isPending && startAdd.variables === type
                    ? t('paymentMethods.add.starting')
                    : addLabel(type, t)}
                </button>
              ))}
            </div>
          )}
        </div>
      )}

      <p className="sk-PaymentMethods-accepted sk-Muted">{t('paymentMethods.accepted')}</p>
    </Panel>
  );
}

const ALL_TYPES: PaymentMethodType[] = ['card', 'sepa_debit', 'bank_transfer'];

function rowId(prefix: string, methodId: string) {
  return `${prefix}-method-${methodId}`;
}

/** Whether the current plan is an enterprise plan (bank transfer is offered there only). */
function useOnEnterprisePlan(): boolean {
  const subscription = useSubscription();
  const catalog = useCatalog();
  const planId = subscription.data?.planId;
  return catalog.data?.find((plan) => plan.id === planId)?.family === 'enterprise';
}

/* -----------------------------------------------------------------------------------------------*/

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
  const { t } = useLibraryTranslation(PAYMENT_METHODS_NAME);
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

interface PaymentMethodRowProps {
  id: string;
  method: PaymentMethod;
  at: Date;
  onSetDefault: (() => void) | null;
  settingDefault: boolean;
  remove: ReturnType<typeof useRemovePaymentMethod>;
  onRemoved: () => void;
}

function PaymentMethodRow({
  id,
  method,
  at,
  onSetDefault,
  settingDefault,
  remove,
  onRemoved,
}: PaymentMethodRowProps) {
  const { locale } = useSubscriptionKitContext(PAYMENT_METHODS_NAME);
  const { t } = useLibraryTranslation(PAYMENT_METHODS_NAME);
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
            <button
              type="button"
              className="sk-Button"
              data-variant="ghost"
              data-size="small"
              aria-label={t('paymentMethods.setDefaultLabel', { method: name })}
              aria-disabled={settingDefault || undefined}
              onClick={onSetDefault}
            >
              {settingDefault ? t('paymentMethods.settingDefault') : t('paymentMethods.setDefault')}
            </button>
          )}
          {remove && (
            <RemovePaymentMethod method={method} name={name} remove={remove} onRemoved={onRemoved} />
          )}
        </div>
      )}
    </li>
  );
}

/* -------------------------------------------------------------------------------------------------
 * RemovePaymentMethod: "Remove" with a confirmation dialog
 * -----------------------------------------------------------------------------------------------*/

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
  const { theme } = useSubscriptionKitContext('RemovePaymentMethod');
  const { t } = useLibraryTranslation('RemovePaymentMethod');
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
      <Dialog.Portal>
        <Dialog.Overlay className="sk-Root sk-Overlay" data-sk-theme={theme} />
        <Dialog.Content
          className="sk-Root sk-ConfirmDialog"
          data-slot="remove-payment-method"
          data-sk-theme={theme}
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
              <button
                type="button"
                className="sk-Button"
                data-variant="destructive"
                aria-disabled={pending || undefined}
                onClick={confirm}
              >
                {pending
                  ? t('paymentMethods.confirmRemove.removing')
                  : t('paymentMethods.confirmRemove.confirm')}
              </button>
            )}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/* -----------------------------------------------------------------------------------------------*/

type Translate = ReturnType<typeof useLibraryTranslation>['t'];

/** Card expiry state at `at`: a card is valid through the last day of its expiry month. */
type CardExpiry = 'valid' | 'expiring_soon' | 'expired';

/** A card that expires within this many months (this one included) is "expiring soon". */
const EXPIRING_SOON_MONTHS = 2;

function cardExpiry(expMonth: number, expYear: number, at: Date): CardExpiry {
  const monthsLeft = (expYear - at.getUTCFullYear()) * 12 + (expMonth - 1 - at.getUTCMonth());
  if (monthsLeft < 0) return 'expired';
  return monthsLeft < EXPIRING_SOON_MONTHS ? 'expiring_soon' : 'valid';
}

/** "08/2028" (en), "08.2028" (da, de): the month and year as printed on cards. */
function formatExpiry(expMonth: number, expYear: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(expYear, expMonth - 1, 1),
  );
}

function expiryText(expiry: CardExpiry | null, date: string, t: Translate): string {
  switch (expiry) {
    case 'expired':
      return t('paymentMethods.card.expired', { date });
    case 'expiring_soon':
      return t('paymentMethods.card.expiringSoon', { date });
    case 'valid':
    case null:
      return t('paymentMethods.card.expires', { date });
    default:
      expiry satisfies never;
      return '';
  }
}

function methodName(method: PaymentMethod, t: Translate): string {
  switch (method.type) {
    case 'card':
      return t('paymentMethods.card.label', { brand: brandName(method.brand, t), last4: method.last4 });
    case 'sepa_debit':
      return t('paymentMethods.sepa.label', { last4: method.ibanLast4 });
    case 'bank_transfer':
      return t('paymentMethods.bankTransfer.label');
    default:
      method satisfies never;
      return '';
  }
}

function brandName(brand: Extract<PaymentMethod, { type: 'card' }>['brand'], t: Translate): string {
  switch (brand) {
    case 'visa':
      return t('paymentMethods.brands.visa');
    case 'mastercard':
      return t('paymentMethods.brands.mastercard');
    case 'amex':
      return t('paymentMethods.brands.amex');
    case 'other':
      return t('paymentMethods.brands.other');
    default:
      brand satisfies never;
      return '';
  }
}

function addLabel(methodType: PaymentMethodType, t: Translate): string {
  switch (methodType) {
    case 'card':
      return t('paymentMethods.add.card');
    case 'sepa_debit':
      return t('paymentMethods.add.sepa_debit');
    case 'bank_transfer':
      return t('paymentMethods.add.bank_transfer');
    default:
      methodType satisfies never;
      return '';
  }
}

function isDefaultRequired(error: unknown): boolean {
  return (
    isBillingError(error) &&
    error.code === 'feature_in_use' &&
    error.details?.reason === 'default_payment_method_required'
  );
}

function describeRemoveError(error: unknown, t: Translate): string {
  return isDefaultRequired(error) ? t('paymentMethods.defaultRequired') : t('paymentMethods.unchanged');
}

function describeActionError(error: unknown, t: Translate): string {
  const code: BillingErrorCode | null = isBillingError(error) ? error.code : null;
  if (
    code === 'plan_unavailable' &&
    isBillingError(error) &&
    error.details?.reason === 'bank_transfer_requires_enterprise'
  ) {
    return t('paymentMethods.bankTransfer.enterpriseOnly');
  }
  return t('paymentMethods.unchanged');
}

/** A small, colour-neutral mark per method type (the name says the brand). */
function MethodIcon({ method }: { method: PaymentMethod }) {
  return (
    <span className="sk-PaymentMethod-icon" data-type={method.type}>
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        {method.type === 'card' ? (
          <>
            <rect
              x="2.5"
              y="5"
              width="19"
              height="14"
              rx="2.5"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.5"
            />
            <path d="M2.5 9.5h19" stroke="currentColor" strokeWidth="2" />
            <path d="M6 15h4" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
          </>
        ) : method.type === 'sepa_debit' ? (
          <>
            <path
              d="M4 10l8-5 8 5"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.5"
              strokeLinejoin="round"
            />
            <path d="M6 10v7M10 10v7M14 10v7M18 10v7M4 19h16" stroke="currentColor" strokeWidth="1.5" />
          </>
        ) : (
          <path
            d="M4 8h13l-3-3M20 16H7l3 3"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        )}
      </svg>
    </span>
  );
}

export type { AddPaymentMethodFormProps, PaymentMethodsProps };
export { PaymentMethods };
