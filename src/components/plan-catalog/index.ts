export { PlanCatalog, type PlanCatalogProps } from './plan-catalog';
