import { useId, useState } from 'react';
import { toSafeUrl } from '../../query';
import { useSubscriptionKitContext } from '../../react/subscription-kit-context';
import { rootProps } from '../shared/class-names';
import { CheckIcon } from '../shared/icons';
import { useTranslate } from '../shared/translate';
import { ContactSalesForm, ENTERPRISE_FEATURES } from './contact-sales-form';

/* -------------------------------------------------------------------------------------------------
 * EnterpriseContact
 * -----------------------------------------------------------------------------------------------*/

const ENTERPRISE_CONTACT_NAME = 'EnterpriseContact';

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
  const t = useTranslate(ENTERPRISE_CONTACT_NAME);
  const [formOpen, setFormOpen] = useState(false);
  const headingId = useId();
  const safeContactUrl = contactUrl ? toSafeUrl(contactUrl) : null;
  const canUseForm = Boolean(dataProvider?.contactSales);

  return (
    <section
      {...rootProps('sk-EnterpriseContact', 'enterprise-contact', theme, className)}
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

export type { EnterpriseContactProps };
export { EnterpriseContact };
