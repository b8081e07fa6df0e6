import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { billingErrorCodeOf } from '../core';
import type { ContactSalesRequest } from '../provider';
import { createIdempotencyKey } from '../react/create-idempotency-key';
import { toSafeUrl } from '../react/safe-url';
import { useSubscriptionKitContext } from '../react/subscription-kit-context';
import { useLibraryTranslation } from '../react/use-library-translation';
import { BillingErrorMessage } from './billing-error-message';
import { CheckIcon } from './plan-card';

/* -------------------------------------------------------------------------------------------------
 * EnterpriseContact
 * -----------------------------------------------------------------------------------------------*/

const ENTERPRISE_CONTACT_NAME = 'EnterpriseContact';

/** What enterprise plans can include (the product page's list). */
const ENTERPRISE_FEATURES = [
  'unlimited_ai_tokens',
  'unlimited_documents',
  'unlimited_assistants',
  'unlimited_seats',
  'dedicated_support',
  'custom_integrations',
  'sla',
  'on_premise',
] as const;

interface EnterpriseContactProps {
  /** Where "Contact sales" leads (`https:` or same-origin). Takes precedence over the built-in form. */
  contactUrl?: string | undefined;
  /** Called instead of the built-in form, e.g. to open the host's own chat. */
  onContactSales?: (() => void) | undefined;
  className?: string | undefined;
}

/**
 * "Need more?": custom enterprise pricing, what enterprise plans include, and "Contact sales" —
 * the host's link or callback, or a form sent through the data provider's `contactSales`. Without
 * any of the three the button is not shown.
 */
function EnterpriseContact({ contactUrl, onContactSales, className }: EnterpriseContactProps) {
  const { theme, dataProvider } = useSubscriptionKitContext(ENTERPRISE_CONTACT_NAME);
  const { t } = useLibraryTranslation(ENTERPRISE_CONTACT_NAME);
  const [formOpen, setFormOpen] = useState(false);
  const headingId = useId();
  const safeContactUrl = contactUrl ? toSafeUrl(contactUrl) : null;
  const canUseForm = Boolean(dataProvider?.contactSales);

  return (
    <section
      className={['sk-Root', 'sk-EnterpriseContact', className].filter(Boolean).join(' ')}
      data-slot="enterprise-contact"
      data-sk-theme={theme}
      aria-labelledby={headingId}
    >
      <div className="sk-EnterpriseContact-intro">
        <h3 id={headingId} className="sk-SectionHeading">
          {t('enterprise.title')}
        </h3>
        <p>{t('enterprise.description')}</p>
      </div>
      <ul className="sk-EnterpriseContact-features" aria-label={t('enterprise.featuresLabel')}>
        {ENTERPRISE_FEATURES.map((feature) => (
          <li key={feature}>
            <CheckIcon />
            {t(`enterprise.features.${feature}`)}
          </li>
        ))}
      </ul>
      {formOpen ? (
        <ContactSalesForm onCancel={() => setFormOpen(false)} />
      ) : safeContactUrl ? (
        <a className="sk-Button" data-variant="primary" href={safeContactUrl}>
          {t('enterprise.contactSales')}
        </a>
      ) : onContactSales || canUseForm ? (
        <button
          type="button"
          className="sk-Button"
          data-variant="primary"
          onClick={() => (onContactSales ? onContactSales() : setFormOpen(true))}
        >
          {t('enterprise.contactSales')}
        </button>
      ) : null}
    </section>
  );
}

/* -------------------------------------------------------------------------------------------------
 * ContactSalesForm
 * -----------------------------------------------------------------------------------------------*/

type Field = 'name' | 'email' | 'company' | 'seats';
type FieldErrors = Partial<Record<Field, string>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function ContactSalesForm({ onCancel }: { onCancel: () => void }) {
  const { dataProvider, queryClient, onEvent } = useSubscriptionKitContext('ContactSalesForm');
  const { t } = useLibraryTranslation('ContactSalesForm');
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  // One key per filled-in form: a double submit or a retry sends one enquiry.
  const [idempotencyKey] = useState(createIdempotencyKey);
  const mutation = useMutation(
    {
      mutationFn: (request: ContactSalesRequest) => {
        const contactSales = dataProvider?.contactSales;
        if (!contactSales) throw new Error('contactSales is not available');
        return contactSales({ ...request, idempotencyKey });
      },
      onSuccess: ({ referenceId }) => onEvent({ type: 'contact_sales_submitted', referenceId }),
    },
    queryClient,
  );

  if (mutation.isSuccess) {
    return (
      <p className="sk-Success" role="status" data-slot="contact-sales-sent">
        {t('enterprise.form.success', { referenceId: mutation.data.referenceId })}
      </p>
    );
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const seatsText = text('seats');
    const seats = seatsText === '' ? undefined : Number(seatsText);
    const found: FieldErrors = {};
    if (text('name') === '') found.name = t('enterprise.form.errors.nameRequired');
    if (!EMAIL.test(text('email'))) found.email = t('enterprise.form.errors.emailInvalid');
    if (text('company') === '') found.company = t('enterprise.form.errors.companyRequired');
    if (seats !== undefined && !(Number.isInteger(seats) && seats >= 1)) {
      found.seats = t('enterprise.form.errors.seatsInvalid');
    }
    setErrors(found);
    const firstInvalid = (['name', 'email', 'company', 'seats'] as const).find((field) => found[field]);
    if (firstInvalid) {
      formRef.current?.querySelector<HTMLElement>(`[name="${firstInvalid}"]`)?.focus();
      return;
    }
    mutation.mutate({
      name: text('name'),
      email: text('email'),
      company: text('company'),
      seats,
      needs: data.getAll('needs').map(String),
      message: text('message') || undefined,
    });
  };

  const field = (name: Field, label: string, type: string, autoComplete: string, optional = false) => (
    <div className="sk-Field">
      <label htmlFor={`${id}-${name}`}>
        {label}
        {optional && <span className="sk-Muted"> {t('enterprise.form.optional')}</span>}
      </label>
      <input
        id={`${id}-${name}`}
        name={name}
        type={type}
        autoComplete={autoComplete}
        inputMode={name === 'seats' ? 'numeric' : undefined}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${id}-${name}-error` : undefined}
        required={!optional}
      />
      {errors[name] && (
        <p className="sk-FieldError" id={`${id}-${name}-error`}>
          {errors[name]}
        </p>
      )}
    </div>
  );

  return (
    <form
      ref={formRef}
      className="sk-Form"
      data-slot="contact-sales-form"
      aria-label={t('enterprise.form.title')}
      noValidate
      onSubmit={submit}
    >
      <div className="sk-FormGrid">
        {field('name', t('enterprise.form.name'), 'text', 'name')}
        {field('email', t('enterprise.form.email'), 'email', 'email')}
        {field('company', t('enterprise.form.company'), 'text', 'organization')}
        {field('seats', t('enterprise.form.seats'), 'text', 'off', true)}
      </div>
      <fieldset className="sk-Field">
        <legend>
          {t('enterprise.form.needs')} <span className="sk-Muted">{t('enterprise.form.optional')}</span>
        </legend>
        <div className="sk-CheckboxGrid">
          {ENTERPRISE_FEATURES.map((feature) => (
            <label key={feature} className="sk-Checkbox">
              <input type="checkbox" name="needs" value={feature} />
              {t(`enterprise.features.${feature}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="sk-Field">
        <label htmlFor={`${id}-message`}>
          {t('enterprise.form.message')} <span className="sk-Muted">{t('enterprise.form.optional')}</span>
        </label>
        <textarea id={`${id}-message`} name="message" rows={3} />
      </div>
      {mutation.isPending && (
        <p className="sk-VisuallyHidden" role="status">
          {t('enterprise.form.sending')}
        </p>
      )}
      {mutation.isError && (
        <BillingErrorMessage code={billingErrorCodeOf(mutation.error)} context={t('enterprise.form.error')} />
      )}
      <div className="sk-Actions">
        <button
          type="submit"
          className="sk-Button"
          data-variant="primary"
          aria-disabled={mutation.isPending || undefined}
        >
          {mutation.isPending ? t('enterprise.form.sending') : t('enterprise.form.submit')}
        </button>
        <button type="button" className="sk-Button" data-variant="ghost" onClick={onCancel}>
          {t('enterprise.form.cancel')}
        </button>
      </div>
    </form>
  );
}

export type { EnterpriseContactProps };
export { EnterpriseContact };
