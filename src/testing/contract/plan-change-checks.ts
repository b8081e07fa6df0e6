import { checkPlanChangePreview, isBillingError, money } from '../../core';
import {
  answeredAndStored,
  change,
  expectCode,
  findChange,
  missingScenario,
  previewCatalog,
  same,
  settle,
  subscriptionOf,
} from './check-steps';
import { describeValue, fail } from './contract-violation';
import type { DataProviderContractCheck } from './data-provider-contract-options';

/** Previews, upgrades, downgrades, idempotency and the changes a backend must refuse. */
export const planChangeChecks: readonly DataProviderContractCheck[] = [
  {
    name: 'previews that add up: the amount due is the sum of the lines, never below zero',
    async run({ provider }) {
      const subscription = await subscriptionOf(provider);
      const { previews } = await previewCatalog(provider, subscription.interval);
      if (previews.length === 0) fail('previewed no plan of the catalog: every preview rejected');
      for (const preview of previews) {
        // The very check the components make before they show a preview.
        const asked = { planId: preview.planId, interval: subscription.interval };
        const problems = checkPlanChangePreview(preview, asked);
        if (problems.length > 0) {
          const listed = problems.map(
            ({ path, expected, received }) => `${path}: expected ${expected}, got ${received}`,
          );
          fail(`the preview of ${preview.planId} cannot be shown: ${listed.join('; ')}`);
        }
      }
    },
  },
  {
    name: 'treats the current plan as no change',
    async run(context) {
      const { provider } = context;
      const before = await subscriptionOf(provider);
      const preview = await provider.previewChange({ planId: before.planId, interval: before.interval });
      if (preview.kind !== 'same') fail(`the current plan previews as '${preview.kind}', not 'same'`);
      if (preview.amountDue.amount !== 0 || preview.lines.length > 0)
        fail('the current plan previews with a charge');
      const after = await change(context, preview);
      if (after.planId !== before.planId || after.interval !== before.interval) {
        fail(`choosing the current plan moved the subscription to ${after.planId} (${after.interval})`);
      }
    },
  },
  {
    name: 'applies an upgrade immediately',
    async run(context) {
      const preview = await findChange(context, 'upgrade');
      const result = await change(context, preview);
      for (const [source, subscription] of await answeredAndStored(context.provider, 'changePlan', result)) {
        if (subscription.planId !== preview.planId || subscription.interval !== preview.interval) {
          fail(
            `after an upgrade to ${preview.planId}, ${source} shows ${subscription.planId} (${subscription.interval})`,
          );
        }
        if (subscription.scheduledChange !== null)
          fail(`after an upgrade, ${source} still shows a scheduled change`);
      }
    },
  },
  {
    name: 'schedules a downgrade for the end of the period, when its preview said',
    async run(context) {
      const before = await subscriptionOf(context.provider);
      const preview = await findChange(context, 'downgrade');
      if (preview.effectiveAt !== before.currentPeriod.end) {
        fail(
          `the downgrade previews to take effect at ${preview.effectiveAt}, not at the period end ${before.currentPeriod.end}`,
        );
      }
      const result = await change(context, preview);
      for (const [source, subscription] of await answeredAndStored(context.provider, 'changePlan', result)) {
        if (subscription.planId !== before.planId)
          fail(`a downgrade changed the plan at once (${source} shows ${subscription.planId})`);
        const scheduled = subscription.scheduledChange;
        if (scheduled?.planId !== preview.planId || scheduled.interval !== preview.interval) {
          fail(
            `after a downgrade to ${preview.planId}, ${source} shows the scheduled change ${describeValue(scheduled)}`,
          );
        }
        if (scheduled.effectiveAt !== preview.effectiveAt) {
          fail(
            `the downgrade is scheduled for ${scheduled.effectiveAt}; its preview said ${preview.effectiveAt}`,
          );
        }
      }
    },
  },
  {
    name: 'cancels a scheduled change',
    async run(context) {
      const cancel = context.provider.cancelScheduledChange;
      if (!cancel) return;
      const before = await subscriptionOf(context.provider);
      await change(context, await findChange(context, 'downgrade'));
      const result = await cancel.call(context.provider, { idempotencyKey: context.idempotencyKey() });
      for (const [source, subscription] of await answeredAndStored(
        context.provider,
        'cancelScheduledChange',
        result,
      )) {
        if (subscription.scheduledChange !== null)
          fail(`after cancelling, ${source} still shows a scheduled change`);
        if (subscription.planId !== before.planId)
          fail(`cancelling changed the plan to ${subscription.planId}`);
      }
    },
  },
  {
    name: 'returns the first result again for a repeated idempotency key',
    async run(context) {
      const preview = await findChange(context, 'upgrade');
      const key = context.idempotencyKey();
      const params = {
        planId: preview.planId,
        interval: preview.interval,
        expectedAmountDue: preview.amountDue,
        idempotencyKey: key,
      };
      const [first, second] = await Promise.all([
        context.provider.changePlan(params),
        context.provider.changePlan(params),
      ]);
      const third = await context.provider.changePlan(params);
      if (!same(first, second))
        fail('two simultaneous changePlan calls with one idempotency key returned different results');
      if (!same(first, third))
        fail('a changePlan retried with the same idempotency key returned a different result');
    },
  },
  {
    name: 'never applies a second change under one idempotency key',
    async run(context) {
      const before = await subscriptionOf(context.provider);
      const preview = await findChange(context, 'upgrade');
      const key = context.idempotencyKey();
      await change(context, preview, key);
      // The same key with other parameters: a correct backend answers the first result or refuses.
      const current = await context.provider.previewChange({
        planId: before.planId,
        interval: before.interval,
      });
      await settle(
        context.provider.changePlan({
          planId: before.planId,
          interval: before.interval,
          expectedAmountDue: current.amountDue,
          idempotencyKey: key,
        }),
      );
      const after = await subscriptionOf(context.provider);
      if (after.planId !== preview.planId || after.scheduledChange !== null) {
        fail(
          `a second changePlan with the idempotency key of an applied upgrade changed the subscription again (now ${after.planId}, scheduled ${describeValue(after.scheduledChange)})`,
        );
      }
    },
  },
  {
    name: 'rejects a blocked change with its blockers and changes nothing',
    async run(context) {
      const { provider } = context;
      const before = await subscriptionOf(provider);
      const { previews } = await previewCatalog(provider, before.interval);
      const blocked = previews.find((preview) => preview.blockers.length > 0);
      if (!blocked) return missingScenario(context, 'blocked_change');
      const codes = [...new Set(blocked.blockers.map((blocker) => blocker.code))];
      const error = await expectCode(
        `changePlan to ${blocked.planId} (blocked)`,
        provider.changePlan({
          planId: blocked.planId,
          interval: blocked.interval,
          expectedAmountDue: blocked.amountDue,
          idempotencyKey: context.idempotencyKey(),
        }),
        codes,
      );
      const blockers = error.details?.blockers;
      if (!Array.isArray(blockers) || blockers.length === 0)
        fail('a blocked change rejected without details.blockers');
      if (!same(await subscriptionOf(provider), before)) fail('a blocked change altered the subscription');
    },
  },
  {
    name: 'rejects a plan the account cannot get with plan_unavailable and its reasons',
    async run(context) {
      const { provider } = context;
      const before = await subscriptionOf(provider);
      const { rejected } = await previewCatalog(provider, before.interval);
      const unavailable = rejected.find(
        ({ error }) => isBillingError(error) && error.code === 'plan_unavailable',
      );
      const other = rejected.find(({ error }) => !isBillingError(error) || error.code !== 'plan_unavailable');
      if (other)
        fail(`previewChange of catalog plan ${other.planId} rejected with ${describeValue(other.error)}`);
      if (!unavailable) return missingScenario(context, 'unavailable_plan');
      const error = await expectCode(
        `changePlan to ${unavailable.planId} (unavailable)`,
        provider.changePlan({
          planId: unavailable.planId,
          interval: before.interval,
          // It has no preview: the amount of the current plan's, which charges nothing.
          expectedAmountDue: (
            await provider.previewChange({ planId: before.planId, interval: before.interval })
          ).amountDue,
          idempotencyKey: context.idempotencyKey(),
        }),
        ['plan_unavailable'],
      );
      if (!Array.isArray(error.details?.reasons)) fail('plan_unavailable came without details.reasons');
      if (!same(await subscriptionOf(provider), before)) fail('an unavailable plan altered the subscription');
    },
  },
  {
    name: 'refuses a change that would charge another amount than the customer saw, with amount_changed',
    async run(context) {
      const { provider } = context;
      const before = await subscriptionOf(provider);
      const preview = await findChange(context, 'upgrade');
      const { amount, currency } = preview.amountDue;
      const otherCurrency = currency === 'EUR' ? 'USD' : 'EUR';
      for (const [seen, what] of [
        [money(amount + 1, currency), 'one minor unit more than its preview'],
        [money(amount, otherCurrency), `its preview's figure in ${otherCurrency}`],
      ] as const) {
        await expectCode(
          `changePlan to ${preview.planId} confirmed at ${what}`,
          provider.changePlan({
            planId: preview.planId,
            interval: preview.interval,
            expectedAmountDue: seen,
            idempotencyKey: context.idempotencyKey(),
          }),
          ['amount_changed'],
        );
        if (!same(await subscriptionOf(provider), before))
          fail(`a change confirmed at ${what} altered the subscription`);
      }
    },
  },
];
