import type { Plan, PlanChangeIntent } from '../../core';
import type { Translate } from '../shared/translate';

/** "Ecommerce Basic, monthly": a plan with its interval, as each side of a change is named. */
function selectionName(selection: PlanChangeIntent, catalog: readonly Plan[], t: Translate): string {
  const plan = catalog.find((candidate) => candidate.id === selection.planId);
  return t('review.selection', {
    plan: plan?.name ?? selection.planId,
    interval: t(`review.interval.${selection.interval}`),
  });
}

export { selectionName };
