import { catalogRoutes } from './catalog.ts';
import { customerRoutes } from './customers.ts';
import type { Route } from './router.ts';

/** Every endpoint the double serves. */
export const routes: Route[] = [...catalogRoutes, ...customerRoutes];
