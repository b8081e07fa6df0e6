import { checkAvailability, type Plan } from 'subscription-kit/core';
import { demoAccounts, demoNow, demoPlans } from 'subscription-kit/testing';
import { describe, expect, it } from 'vitest';

function plan(id: string): Plan {
  const found = demoPlans.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`demo plan ${id} is missing`);
  return found;
}

const campaignPlan: Plan = {
  ...plan('ecommerce-basic'),
  id: 'ecommerce-black-friday',
  availability: { window: { startsAt: '2026-11-27T00:00:00.000Z', endsAt: '2026-12-01T00:00:00.000Z' } },
};

describe('given a voice plan sold in the Nordics only', () => {
  it('is unavailable to a chat assistant in France, with both reasons', () => {
    expect(checkAvailability(plan('support-voice'), demoAccounts.unknownTemplate, demoNow)).toEqual({
      available: false,
      reasons: [
        { code: 'assistant_config', params: { configuration: 'chat', supported: ['voice'] } },
        { code: 'region', params: { country: 'FR', allowed: ['DK', 'SE', 'NO', 'FI'] } },
      ],
    });
  });

  it('is available to a voice assistant in Denmark, whatever the case of the country code', () => {
    const check = checkAvailability(
      plan('support-voice'),
      { assistantConfiguration: 'voice', country: 'dk' },
      demoNow,
    );
    expect(check).toEqual({ available: true, reasons: [] });
  });

  it('is unavailable when the country and configuration are unknown', () => {
    const check = checkAvailability(plan('support-voice'), {}, demoNow);
    expect(check.reasons.map((reason) => reason.code)).toEqual(['assistant_config', 'region']);
    expect(check.reasons[1]).toEqual({
      code: 'region',
      params: { country: null, allowed: ['DK', 'SE', 'NO', 'FI'] },
    });
  });
});

describe('given a plan sold only during a campaign window', () => {
  it.each([
    { now: '2026-11-26T23:59:59.999Z', available: false, state: 'not_started' },
    { now: '2026-11-27T00:00:00.000Z', available: true, state: null },
    { now: '2026-11-30T23:59:59.999Z', available: true, state: null },
    { now: '2026-12-01T00:00:00.000Z', available: false, state: 'ended' },
  ])('at $now it is available: $available', ({ now, available, state }) => {
    const check = checkAvailability(campaignPlan, demoAccounts.ecommerceTrial, now);
    expect(check.available).toBe(available);
    expect(check.reasons).toEqual(
      state
        ? [
            {
              code: 'campaign_window',
              params: { state, startsAt: '2026-11-27T00:00:00.000Z', endsAt: '2026-12-01T00:00:00.000Z' },
            },
          ]
        : [],
    );
  });
});

describe('given a plan without availability rules', () => {
  it('is available to anyone', () => {
    expect(checkAvailability(plan('ecommerce-basic'), {}, demoNow)).toEqual({ available: true, reasons: [] });
  });
});
