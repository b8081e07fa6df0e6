import { PlanModal, PlanModalContent, PlanModalTrigger, useCatalog, useSubscription } from 'subscription-kit';
import { formatMoney } from 'subscription-kit/core';

// Your own strings, in every language you ship.
const STRINGS: Record<
  string,
  { loading: string; failed: string; none: string; month: string; renews: string }
> = {
  en: {
    loading: 'Loading…',
    failed: 'Billing is unavailable.',
    none: 'No subscription.',
    month: 'per month',
    renews: 'Renews on',
  },
  da: {
    loading: 'Indlæser…',
    failed: 'Fakturering er ikke tilgængelig.',
    none: 'Intet abonnement.',
    month: 'pr. måned',
    renews: 'Fornyes den',
  },
  de: {
    loading: 'Wird geladen…',
    failed: 'Die Abrechnung ist nicht verfügbar.',
    none: 'Kein Abonnement.',
    month: 'pro Monat',
    renews: 'Verlängert sich am',
  },
  es: {
    loading: 'Cargando…',
    failed: 'La facturación no está disponible.',
    none: 'Sin suscripción.',
    month: 'al mes',
    renews: 'Se renueva el',
  },
  fr: {
    loading: 'Chargement…',
    failed: 'La facturation est indisponible.',
    none: 'Aucun abonnement.',
    month: 'par mois',
    renews: 'Renouvelé le',
  },
};

// Your own markup over the kit's data; the kit's dialog makes the change.
export function YourPlanCard({ locale }: { locale: string }) {
  const strings = STRINGS[locale] ?? STRINGS.en;
  const subscription = useSubscription();
  const catalog = useCatalog();
  if (strings === undefined) return null;
  if (subscription.isPending || catalog.isPending) return <p aria-busy="true">{strings.loading}</p>;
  if (subscription.isError || catalog.isError) return <p role="alert">{strings.failed}</p>;
  const plan = catalog.data.find((candidate) => candidate.id === subscription.data?.planId);
  if (subscription.data === null || plan === undefined) return <p>{strings.none}</p>;
  const renews = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <article className="sb-HostCard" aria-labelledby="your-plan">
      <h3 id="your-plan">{plan.name}</h3>
      <p>
        {formatMoney(plan.prices.month, locale)} {strings.month}
      </p>
      <p>
        {strings.renews} {renews.format(new Date(subscription.data.currentPeriod.end))}
      </p>
      <PlanModal>
        <PlanModalTrigger />
        <PlanModalContent />
      </PlanModal>
    </article>
  );
}
