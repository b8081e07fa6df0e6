import { useId } from 'react';
import {
  type AccountContext,
  type BillingInterval,
  type Campaign,
  checkAvailability,
  formatMoney,
  multiplyMoney,
  type Plan,
  subtractMoney,
} from '../../core';
import { formatDate, formatPercent } from '../shared/format';
import { Button } from '../shared/parts';
import { planPrice } from '../shared/plan-price';
import { type Translate, useKit } from '../shared/translate';

const OFFERS_NAME = 'PlanCatalog';

interface OffersProps {
  plans: Plan[];
  account: AccountContext;
  /** The interval shown: an offer on every interval is taken on this one. */
  interval: BillingInterval;
  at: Date;
  /** Takes an offer: its plan, on the interval it applies to. No button without it. */
  onTake?: ((plan: Plan, interval: BillingInterval) => void) | undefined;
}

/** The special offers as cards, each with its price, its saving and "Take offer"; or that there are none. */
function Offers({ plans, account, interval, at, onTake }: OffersProps) {
  const { t } = useKit(OFFERS_NAME);
  const headingId = useId();
  const offers = plans.flatMap((plan) =>
    (plan.campaigns ?? [])
      .filter((campaign) => !campaign.endsAt || new Date(campaign.endsAt).getTime() > at.getTime())
      .map((campaign) => ({ plan, campaign })),
  );
  return (
    <section className="sk-Offers" data-slot="offers" aria-labelledby={headingId}>
      <h4 className="sk-SubHeading" id={headingId}>
        {t('catalog.campaigns.heading')}
      </h4>
      {offers.length === 0 ? (
        <p className="sk-Muted">{t('catalog.campaigns.none')}</p>
      ) : (
        <ul className="sk-Offers-list">
          {offers.map(({ plan, campaign }) => (
            <OfferCard
              key={`${plan.id}:${campaign.id}`}
              plan={plan}
              campaign={campaign}
              interval={onlyInterval(campaign) ?? interval}
              at={at}
              onTake={checkAvailability(plan, account, at).available ? onTake : undefined}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

interface OfferCardProps {
  plan: Plan;
  campaign: Campaign;
  /** The interval the offer is taken on. */
  interval: BillingInterval;
  at: Date;
  onTake: OffersProps['onTake'];
}

/**
 * One offer: the plan, what it takes off until when, the price per period with the offer, what
 * that saves, and "Take offer", which chooses the plan on that interval.
 *
 * @selector .sk-OfferCard[data-interval="month|year"] - an offer
 */
function OfferCard({ plan, campaign, interval, at, onTake }: OfferCardProps) {
  const { locale, t } = useKit(OFFERS_NAME);
  const amount = (value: Parameters<typeof formatMoney>[0]) =>
    formatMoney(value, locale, { trimWholeAmounts: true });
  const { regularPrice } = planPrice(plan, interval, at);
  // What this offer alone takes off the regular price (another offer may be bigger), as core does.
  const offered = multiplyMoney(regularPrice, 100 - campaign.discountPercent, 100);
  const saving = subtractMoney(regularPrice, offered);
  return (
    <li className="sk-OfferCard" data-interval={interval}>
      <h5 className="sk-OfferCard-name">{plan.name}</h5>
      <p className="sk-OfferCard-terms">
        {campaignSentence(campaign, t, {
          percent: formatPercent(campaign.discountPercent, locale),
          date: campaign.endsAt ? formatDate(campaign.endsAt, locale, { exclusiveEnd: true }) : '',
        })}
      </p>
      <p className="sk-OfferCard-price">
        {t(`catalog.campaigns.price_${interval}`, { price: amount(offered) })}
      </p>
      {saving.amount > 0 && (
        <p className="sk-OfferCard-saving">
          {t(`catalog.campaigns.saving_${interval}`, { amount: amount(saving) })}
        </p>
      )}
      {onTake && (
        <Button
          variant="secondary"
          size="small"
          aria-label={t('catalog.campaigns.takePlan', { plan: plan.name })}
          onClick={() => onTake(plan, interval)}
        >
          {t('catalog.campaigns.take')}
        </Button>
      )}
    </li>
  );
}

function onlyInterval(campaign: Campaign): BillingInterval | undefined {
  return campaign.intervals?.length === 1 ? campaign.intervals[0] : undefined;
}

function campaignSentence(
  campaign: Campaign,
  t: Translate,
  values: { percent: string; date: string },
): string {
  const only = onlyInterval(campaign);
  if (only === 'year') return t('catalog.campaigns.itemYear', values);
  if (only === 'month') return t('catalog.campaigns.itemMonth', values);
  return t('catalog.campaigns.item', values);
}

export { Offers };
