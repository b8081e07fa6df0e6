import type { Server } from 'node:http';

/** Where the REST contract is mounted. */
export const BILLING_PATH: '/api/billing';

/** The demo server: the REST contract through `createBillingHandler`, the demo controls, the dashboard. */
export function createDemoServer(options?: {
  staticDir?: string;
  latencyMs?: number;
  log?: (line: string) => void;
  backend?: object;
}): Promise<Server>;
