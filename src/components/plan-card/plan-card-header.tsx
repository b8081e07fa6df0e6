import { type BillingInterval, effectivePrice, formatMoney, money, type Plan } from '../../core';
import { useSubscriptionKitContext } from '../../react/subscription-kit-context';
import { formatDate, formatPercent } from '../shared/format';
import { type Translate, useTranslate } from '../shared/translate';

interface PlanCardHeaderProps {
  plan: Plan;
  interval: BillingInterval;
  recommended: boolean;
  /** The id of the plan's name, which labels the card. */
  nameId: string;
}

/** The badges (recommended, campaign), the plan's name and its price for the interval. */
function PlanCardHeader({ plan, interval, recommended, nameId }: PlanCardHeaderProps) {
  const { locale, now } = useSubscriptionKitContext('PlanCard');
  const t = useTranslate('PlanCard');
  const { price, campaign } = effectivePrice(plan, interval, now());
  const monthly = interval === 'year' ? money(Math.round(price.amount / 12), price.currency) : price;
  return (
    <header className="sk-PlanCard-header">
      {(recommended || campaign) && (
        <div className="sk-PlanCard-badges">
          {recommended && (
            <span className="sk-Badge" data-variant="recommended" data-slot="badge">
              {t('planCard.badge.recommended')}
            </span>
          )}
          {campaign?.endsAt && (
            <span className="sk-Badge" data-variant="campaign" data-slot="campaign-badge">
              {t('planCard.badge.campaign', {
                percent: formatPercent(campaign.discountPercent, locale),
                date: formatDate(campaign.endsAt, locale, { exclusiveEnd: true }),
              })}
            </span>
          )}
        </div>
      )}
      <h3 id={nameId} className="sk-PlanCard-name">
        {plan.name}
      </h3>
      <p className="sk-PlanCard-price" data-slot="price">
        <PriceLine amount={formatMoney(monthly, locale, { trimWholeAmounts: true })} sentence={t} />
      </p>
      {interval === 'year' && (
        <p className="sk-PlanCard-billing">
          {t('planCard.billedAnnually', { price: formatMoney(price, locale, { trimWholeAmounts: true }) })}
        </p>
      )}
    </header>
  );
}

/**
 * "€190/month excl. tax" with the amount set large: the locale's sentence is split around the
 * formatted amount, wherever the language puts it ("190 €/md. ekskl. moms"). Splitting here keeps
 * markup out of the strings and react-i18next's `Trans` (and its HTML parser) out of the bundle.
 */
function PriceLine({ amount, sentence }: { amount: string; sentence: Translate }) {
  const text = sentence('planCard.price', { price: amount });
  const at = text.indexOf(amount);
  if (at < 0) return <span className="sk-PlanCard-unit">{text}</span>;
  const before = text.slice(0, at);
  const after = text.slice(at + amount.length);
  return (
    <>
      {before && <span className="sk-PlanCard-unit">{before}</span>}
      <span className="sk-PlanCard-amount">{amount}</span>
      {after && <span className="sk-PlanCard-unit">{after}</span>}
    </>
  );
}

export { PlanCardHeader };
