import { catalogRoutes } from './catalog.ts';
import { customerRoutes } from './customers.ts';
import { invoiceRoutes } from './invoices.ts';
import { meterRoutes } from './meters.ts';
import { paymentRoutes } from './payments.ts';
import { previewRoutes } from './previews.ts';
import type { Route } from './router.ts';
import { scheduleRoutes } from './schedules.ts';
import { setupRoutes } from './setup.ts';
import { subscriptionChangeRoutes } from './subscription-changes.ts';
import { subscriptionRoutes } from './subscriptions.ts';

/** Every endpoint the double serves. */
export const routes: Route[] = [
  ...catalogRoutes,
  ...customerRoutes,
  ...subscriptionRoutes,
  ...subscriptionChangeRoutes,
  ...scheduleRoutes,
  ...previewRoutes,
  ...invoiceRoutes,
  ...paymentRoutes,
  ...setupRoutes,
  ...meterRoutes,
];
