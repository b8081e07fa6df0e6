import { type ComponentPropsWithoutRef, type FormEvent, useId, useRef, useState } from 'react';
import type { ContactSalesRequest } from '../../provider';
import { toSafeUrl, useContactSales } from '../../query';
import { BillingErrorMessage } from '../billing-error-message';
import { CheckIcon } from '../shared/icons';
import { rootProps } from '../shared/part-props';
import { Button } from '../shared/parts';
import { publicPart } from '../shared/render-boundary';
import { InsideRoot } from '../shared/root-scope';
import { type Translate, useKit, useTranslate } from '../shared/translate';

/* -------------------------------------------------------------------------------------------------
 * EnterpriseContact
 * -----------------------------------------------------------------------------------------------*/

const ENTERPRISE_CONTACT_NAME = 'EnterpriseContact';

interface EnterpriseContactProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** Where "Contact sales" leads (`https:` or same-origin). Takes precedence over the built-in form. */
  contactUrl?: string | undefined;
  /** Called instead of the built-in form, e.g. to open the host's own chat. */
  onContactSales?: (() => void) | undefined;
  /** Classes added after the part's own `sk-EnterpriseContact`, e.g. for placement on the host's page. */
  className?: string | undefined;
}

/**
 * "Need more?": custom enterprise pricing, what enterprise plans include, and "Contact sales" —
 * the host's link or callback, or a form sent through the data provider's `contactSales`. Without
 * any of the three the button is not shown.
 *
 * @selector [data-slot="enterprise-contact"] - the root
 * @selector [data-slot="contact-sales-form"] - the built-in form
 * @selector [data-slot="contact-sales-sent"] - the form was sent, with its reference
 * @selector .sk-Button[data-variant="primary|ghost"] - "Contact sales", "Send to sales", "Cancel"
 */
const EnterpriseContact = /* @__PURE__ */ publicPart<HTMLElement, EnterpriseContactProps>(
  function EnterpriseContact({ contactUrl, onContactSales, ...props }, ref) {
    const { theme, dataProvider, t } = useKit(ENTERPRISE_CONTACT_NAME);
    const [formOpen, setFormOpen] = useState(false);
    const headingId = useId();
    const safeContactUrl = contactUrl ? toSafeUrl(contactUrl) : null;
    const canUseForm = Boolean(dataProvider?.contactSales);

    return (
      <section
        aria-labelledby={headingId}
        {...rootProps('sk-EnterpriseContact', 'enterprise-contact', theme, props, ref)}
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
          <InsideRoot>
            <ContactSalesForm onCancel={() => setFormOpen(false)} />
          </InsideRoot>
        ) : safeContactUrl ? (
          <a className="sk-Button" data-variant="primary" href={safeContactUrl}>
            {t('enterprise.contactSales')}
          </a>
        ) : onContactSales || canUseForm ? (
          <Button variant="primary" onClick={() => (onContactSales ? onContactSales() : setFormOpen(true))}>
            {t('enterprise.contactSales')}
          </Button>
        ) : null}
      </section>
    );
  },
  ENTERPRISE_CONTACT_NAME,
);

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

/* -------------------------------------------------------------------------------------------------
 * ContactSalesForm
 * -----------------------------------------------------------------------------------------------*/

type Field = 'name' | 'email' | 'company' | 'seats';
type FieldErrors = Partial<Record<Field, string>>;

const FIELDS: readonly Field[] = ['name', 'email', 'company', 'seats'];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** "Contact sales" as a form sent through the data provider's `contactSales`. */
function ContactSalesForm({ onCancel }: { onCancel: () => void }) {
  const t = useTranslate(ENTERPRISE_CONTACT_NAME);
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const mutation = useContactSales();

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
    const { request, errors: found } = readForm(new FormData(event.currentTarget), t);
    setErrors(found);
    const firstInvalid = FIELDS.find((field) => found[field]);
    if (firstInvalid) formRef.current?.querySelector<HTMLElement>(`[name="${firstInvalid}"]`)?.focus();
    else mutation.mutate(request);
  };

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
        <FormField id={id} name="name" type="text" autoComplete="name" error={errors.name} />
        <FormField id={id} name="email" type="email" autoComplete="email" error={errors.email} />
        <FormField id={id} name="company" type="text" autoComplete="organization" error={errors.company} />
        <FormField id={id} name="seats" type="text" autoComplete="off" error={errors.seats} optional />
      </div>
      <NeedsField />
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
        <BillingErrorMessage code={mutation.error.code} context={t('enterprise.form.error')} />
      )}
      <div className="sk-Actions">
        <Button type="submit" variant="primary" aria-disabled={mutation.isPending || undefined}>
          {mutation.isPending ? t('enterprise.form.sending') : t('enterprise.form.submit')}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('enterprise.form.cancel')}
        </Button>
      </div>
    </form>
  );
}

/* -----------------------------------------------------------------------------------------------*/

/** The request the form holds, and what is wrong with it, per field. */
function readForm(data: FormData, t: Translate): { request: ContactSalesRequest; errors: FieldErrors } {
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const seatsText = text('seats');
  const seats = seatsText === '' ? undefined : Number(seatsText);
  const errors: FieldErrors = {};
  if (text('name') === '') errors.name = t('enterprise.form.errors.nameRequired');
  if (!EMAIL.test(text('email'))) errors.email = t('enterprise.form.errors.emailInvalid');
  if (text('company') === '') errors.company = t('enterprise.form.errors.companyRequired');
  if (seats !== undefined && !(Number.isInteger(seats) && seats >= 1)) {
    errors.seats = t('enterprise.form.errors.seatsInvalid');
  }
  const request: ContactSalesRequest = {
    name: text('name'),
    email: text('email'),
    company: text('company'),
    seats,
    needs: data.getAll('needs').map(String),
    message: text('message') || undefined,
  };
  return { request, errors };
}

/** What the enquiry is about: the enterprise features, as checkboxes. */
function NeedsField() {
  const t = useTranslate(ENTERPRISE_CONTACT_NAME);
  return (
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
  );
}

interface FormFieldProps {
  /** The form's id, which the field's ids derive from. */
  id: string;
  name: Field;
  type: string;
  autoComplete: string;
  error: string | undefined;
  optional?: boolean;
}

function FormField({ id, name, type, autoComplete, error, optional = false }: FormFieldProps) {
  const t = useTranslate(ENTERPRISE_CONTACT_NAME);
  return (
    <div className="sk-Field">
      <label htmlFor={`${id}-${name}`}>
        {t(`enterprise.form.${name}`)}
        {optional && <span className="sk-Muted"> {t('enterprise.form.optional')}</span>}
      </label>
      <input
        id={`${id}-${name}`}
        name={name}
        type={type}
        autoComplete={autoComplete}
        inputMode={name === 'seats' ? 'numeric' : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-${name}-error` : undefined}
        required={!optional}
      />
      {error && (
        <p className="sk-FieldError" id={`${id}-${name}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

export type { EnterpriseContactProps };
export { EnterpriseContact };
