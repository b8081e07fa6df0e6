import type { Context } from './state.ts';

/** Moves billing to the context's time: schedule phases, renewals, expired pending updates. */
export function advanceBilling(_context: Context): void {}
