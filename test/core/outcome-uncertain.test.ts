import { billingErrorCodes, isOutcomeUncertain } from 'subscription-kit/core';
import { describe, expect, it } from 'vitest';

describe('given a failed plan change', () => {
  it.each(['network', 'invalid_response', 'unknown'] as const)(
    'after %s, it may have been applied',
    (code) => {
      expect(isOutcomeUncertain(code)).toBe(true);
    },
  );

  it('after any other code, nothing changed', () => {
    const certain = billingErrorCodes.filter(
      (code) => !['network', 'invalid_response', 'unknown'].includes(code),
    );
    expect(certain).toHaveLength(billingErrorCodes.length - 3);
    for (const code of certain) expect(isOutcomeUncertain(code), code).toBe(false);
  });
});
