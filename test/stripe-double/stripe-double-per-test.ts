import { afterEach, beforeEach } from 'vitest';

import { type StripeDouble, startStripeDouble } from '../support/stripe-double';

/** A fresh double for each test at `start` (Unix seconds), closed after it; `started` receives it. */
export function stripeDoublePerTest(start: number, started: (double: StripeDouble) => void): void {
  let current: StripeDouble | undefined;
  beforeEach(async () => {
    current = await startStripeDouble({ now: () => start });
    started(current);
  });
  afterEach(async () => {
    await current?.close();
  });
}
