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
  UsageMeters,
} from 'subscription-kit';
import type { DemoCustomerDetails } from './demo-customer';
import { PaymentMethodForm } from './payment-method-form';

/*
 * Settings → Organisation: "Change plan", the usage of this period (UsageMeters, whose nudge opens
 * the change-plan dialog on the upgrade it recommends), "Manage billing" (BillingSummary, with the
 * upcoming bill, + PaymentMethods), "Recent invoices" (InvoiceList, with the web view and the PDF)
 * and the organisation's own details.
 */

interface OrganisationPageProps {
  locale: string;
  customer: DemoCustomerDetails | null;
  /** The payment failure of the last plan change, for PaymentMethods' guidance. */
  paymentFailure: PaymentFailureCode | undefined;
  onPaymentMethodAdded: () => void;
}

export function OrganisationPage({
  locale,
  customer,
  paymentFailure,
  onPaymentMethodAdded,
}: OrganisationPageProps) {
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

      <UsageMeters planModal={{ onUpdatePaymentMethod: updatePaymentMethod }} />

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

      {customer && <OrganisationDetails locale={locale} customer={customer} />}
    </div>
  );
}

/* -------------------------------------------------------------------------------------------------
 * Organisation details: the host's own data (the billing contract does not carry it)
 * -----------------------------------------------------------------------------------------------*/

function OrganisationDetails({ locale, customer }: { locale: string; customer: DemoCustomerDetails }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="details-heading">
      <header className="panel-header">
        <h2 id="details-heading">{t('sections.details')}</h2>
      </header>
      <dl className="details">
        <div>
          <dt>{t('details.name')}</dt>
          <dd>{customer.name}</dd>
        </div>
        <div>
          <dt>{t('details.vat')}</dt>
          <dd>{customer.vatId ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('details.address')}</dt>
          <dd>{customer.addressLines.join(', ')}</dd>
        </div>
        <div>
          <dt>{t('details.country')}</dt>
          <dd>{new Intl.DisplayNames([locale], { type: 'region' }).of(customer.country)}</dd>
        </div>
      </dl>
    </section>
  );
}
