import { BillingError } from './billing-error';
import type { PlanChangePreview } from './preview-plan-change';
import type { Money, PlanChangeIntent } from './types';

/** One way a preview contradicts itself or the change asked for, as an `invalid_response` lists it. */
export interface PlanChangePreviewProblem {
  /** Where, from the preview: `preview.amountDue.amount`. */
  path: string;
  /** What the rule wants there. */
  expected: string;
  /** What was there. */
  received: string;
}

/**
 * What stops a preview from being shown to the customer, if anything; empty when it may be shown.
 * The rules, which a well-formed preview can still break:
 * - it is for the change asked for: `planId` and `interval` as asked;
 * - one currency: every line's `amount.currency` is the currency of the first line, and
 *   `amountDue.currency` is too;
 * - a `credit` line is zero or negative (unused time given back), a `charge` line zero or positive;
 * - `amountDue.amount` is the sum of the lines' amounts when that sum is positive, and zero
 *   otherwise: a credit larger than the charges leaves nothing to pay now and is never paid out
 *   (the backend carries it to the next invoice). No lines means nothing due;
 * - a `same` or `downgrade` preview has no lines and nothing due (nothing changes now);
 * - `tax` and `total` come together or not at all, in the currency of `amountDue`: `tax.amount`
 *   zero or more, `total.amount` = `amountDue.amount + tax.amount`;
 * - `nextRenewal.amount` is zero or more, in the currency of `amountDue`.
 */
export function checkPlanChangePreview(
  preview: PlanChangePreview,
  intent: PlanChangeIntent,
): PlanChangePreviewProblem[] {
  const problems: PlanChangePreviewProblem[] = [];
  const add = (path: string, expected: string, received: unknown) =>
    problems.push({ path: `preview.${path}`, expected, received: JSON.stringify(received) });
  for (const field of ['planId', 'interval'] as const) {
    if (preview[field] !== intent[field]) add(field, `"${intent[field]}", as asked`, preview[field]);
  }
  const { lines, amountDue, kind } = preview;
  const currency = lines[0]?.amount.currency ?? amountDue.currency;
  let sum = 0;
  lines.forEach((line, index) => {
    const { amount, currency: lineCurrency } = line.amount;
    const path = `lines[${index}].amount`;
    if (lineCurrency !== currency) add(`${path}.currency`, `"${currency}", as the first line`, lineCurrency);
    if (line.kind === 'credit' ? amount > 0 : amount < 0)
      add(`${path}.amount`, `≤ 0 for a credit, ≥ 0 for a charge`, amount);
    sum += amount;
  });
  if (amountDue.currency !== currency)
    add('amountDue.currency', `"${currency}", as the lines`, amountDue.currency);
  const scheduled = kind === 'same' || kind === 'downgrade';
  if (scheduled && lines.length > 0) add('lines', `none for a '${kind}' change`, lines.length);
  // Amounts in different currencies are never added up: the currency is the problem to report.
  const due = scheduled ? 0 : Math.max(0, sum);
  if (!problems.some((problem) => problem.path.endsWith('currency')) && amountDue.amount !== due) {
    add('amountDue.amount', `${due}: the sum of the lines, or 0 if that is negative`, amountDue.amount);
  }
  checkTaxAndRenewal(preview, add);
  return problems;
}

/** The optional figures: tax and total together, adding up, and the renewal, all in one currency. */
function checkTaxAndRenewal(
  { amountDue, tax, total, nextRenewal }: PlanChangePreview,
  add: (path: string, expected: string, received: unknown) => void,
): void {
  const { currency } = amountDue;
  if ((tax === undefined) !== (total === undefined)) {
    if (tax === undefined) add('tax', 'given with total', tax);
    else add('total', 'given with tax', total);
    return;
  }
  const sameCurrency = (path: string, value: Money) => {
    if (value.currency === currency) return true;
    add(`${path}.currency`, `"${currency}", as amountDue`, value.currency);
    return false;
  };
  // Both are checked, so that a wrong currency on each is named.
  const currencies = tax && total ? [sameCurrency('tax', tax), sameCurrency('total', total)] : [];
  if (tax && total && currencies.every(Boolean)) {
    if (tax.amount < 0) add('tax.amount', '≥ 0', tax.amount);
    else if (total.amount !== amountDue.amount + tax.amount)
      add('total.amount', `${amountDue.amount + tax.amount}: amountDue plus tax`, total.amount);
  }
  if (nextRenewal && sameCurrency('nextRenewal.amount', nextRenewal.amount) && nextRenewal.amount.amount < 0)
    add('nextRenewal.amount.amount', '≥ 0', nextRenewal.amount.amount);
}

/**
 * The preview, when `checkPlanChangePreview` finds nothing wrong with it; otherwise throws the
 * `invalid_response` `BillingError` naming the fields (`details` as the boundary gives them:
 * `method`, `path`, `expected`, `problems`), so that no wrong figure reaches the customer.
 */
export function assertPlanChangePreview(
  preview: PlanChangePreview,
  intent: PlanChangeIntent,
): PlanChangePreview {
  const problems = checkPlanChangePreview(preview, intent);
  const [first] = problems;
  if (!first) return preview;
  const listed = problems.map(
    (problem) => `${problem.path}: expected ${problem.expected}, got ${problem.received}`,
  );
  throw new BillingError('invalid_response', {
    message: `previewChange returned a preview that cannot be shown: ${listed.join('; ')}`,
    details: { method: 'previewChange', path: first.path, expected: first.expected, problems },
  });
}
