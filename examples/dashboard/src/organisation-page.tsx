import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BillingSummary,
  InvoiceList,
  type PaymentFailureCode,
  PaymentMethods,
  PlanModal,
  PlanModalContent,
  PlanModalTrigger,
  useAccount,
  useCatalog,
  useSubscription,
} from 'subscription-kit';
import { PaymentMethodForm } from './payment-method-form';

/*
 * Settings → Organisation: "⚡ Change plan", the usage of this period (the dashboard's own widget,
 * built on the library's hooks), "Manage billing" (BillingSummary + PaymentMethods) and
 * "Recent invoices" (InvoiceList, with the web view and the PDF).
 */

interface OrganisationPageProps {
  locale: string;
  /** The payment failure of the last plan change, for PaymentMethods' guidance. */
  paymentFailure: PaymentFailureCode | undefined;
  onPaymentMethodAdded: () => void;
}

export function OrganisationPage({ locale, paymentFailure, onPaymentMethodAdded }: OrganisationPageProps) {
  const { t } = useTranslation();
  const [planModalOpen, setPlanModalOpen] = useState(false);
  const paymentMethods = useRef<HTMLDivElement>(null);

  /** From a failed payment in the modal: close it and take the customer to their payment methods. */
  const updatePaymentMethod = () => {
    setPlanModalOpen(false);
    // After the dialog has returned focus to its trigger.
    requestAnimationFrame(() => {
      paymentMethods.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
      paymentMethods.current?.querySelector<HTMLElement>('h2, h3')?.focus({ preventScroll: true });
    });
  };

  const changePlan = (
    <PlanModal open={planModalOpen} onOpenChange={setPlanModalOpen}>
      <PlanModalTrigger />
      <PlanModalContent onUpdatePaymentMethod={updatePaymentMethod} />
    </PlanModal>
  );

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <p className="breadcrumb">{t('page.breadcrumb')}</p>
          <h1>{t('page.title')}</h1>
          <p className="page-subtitle">{t('page.subtitle')}</p>
        </div>
        <div className="page-actions">{changePlan}</div>
      </header>

      <UsagePanel locale={locale} />

      <section className="billing-grid" aria-label={t('sections.billing')}>
        <BillingSummary onUpdatePaymentMethod={updatePaymentMethod} />
        <div ref={paymentMethods} className="payment-methods-anchor">
          <PaymentMethods
            paymentFailure={paymentFailure}
            renderAddPaymentMethod={(props) => (
              <PaymentMethodForm
                {...props}
                onComplete={() => {
                  onPaymentMethodAdded();
                  props.onComplete();
                }}
              />
            )}
          />
        </div>
      </section>

      <InvoiceList pageSize={10} />

      <OrganisationDetails />
    </div>
  );
}

/* -------------------------------------------------------------------------------------------------
 * Usage this period: the host's own widget on the library's hooks (same cache, same provider)
 * -----------------------------------------------------------------------------------------------*/

const METRICS = ['conversations', 'aiTokens', 'documents', 'assistants', 'seats'] as const;

function UsagePanel({ locale }: { locale: string }) {
  const { t } = useTranslation();
  const subscription = useSubscription();
  const catalog = useCatalog();
  const account = useAccount();
  const plan = catalog.data?.find((candidate) => candidate.id === subscription.data?.planId);
  const usage = account.data?.usage;
  const loading = !plan || !usage;
  const number = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  const periodEnd = subscription.data?.currentPeriod.end;

  return (
    <section className="panel" aria-labelledby="usage-heading" aria-busy={loading || undefined}>
      <header className="panel-header">
        <h2 id="usage-heading">{t('sections.usage')}</h2>
        {periodEnd && (
          <p className="panel-hint">
            {t('sections.usageHint', {
              date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
                new Date(periodEnd),
              ),
            })}
          </p>
        )}
      </header>
      <ul className="meters">
        {METRICS.map((metric) => {
          const used = usage?.[metric] ?? 0;
          const limit = plan?.limits[metric] ?? null;
          const ratio = limit ? Math.min(used / limit, 1) : 0;
          const level = ratio >= 0.9 ? 'critical' : ratio >= 0.75 ? 'warning' : 'ok';
          return (
            <li key={metric} className="meter" data-level={level}>
              <span className="meter-label">{t(`usage.${metric}`)}</span>
              <span className="meter-value">
                {loading
                  ? '—'
                  : limit === null
                    ? t('usage.unlimited', { used: number.format(used) })
                    : t('usage.of', { used: number.format(used), limit: number.format(limit) })}
              </span>
              {/* Decorative: the text above says the same. */}
              <span className="meter-track" aria-hidden="true">
                <span className="meter-fill" style={{ inlineSize: `${Math.round(ratio * 100)}%` }} />
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/* -------------------------------------------------------------------------------------------------
 * Organisation details: the host's own data (the billing contract does not carry it)
 * -----------------------------------------------------------------------------------------------*/

function OrganisationDetails() {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="details-heading">
      <header className="panel-header">
        <h2 id="details-heading">{t('sections.details')}</h2>
      </header>
      <dl className="details">
        <div>
          <dt>{t('details.name')}</dt>
          <dd>Nordlys Commerce ApS</dd>
        </div>
        <div>
          <dt>{t('details.vat')}</dt>
          <dd>DK38765432</dd>
        </div>
        <div>
          <dt>{t('details.address')}</dt>
          <dd>Vesterbrogade 12, 1620 København V</dd>
        </div>
        <div>
          <dt>{t('details.country')}</dt>
          <dd>
            {new Intl.DisplayNames([document.documentElement.lang || 'en'], { type: 'region' }).of('DK')}
          </dd>
        </div>
      </dl>
    </section>
  );
}
