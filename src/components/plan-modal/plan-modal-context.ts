import { createContext, useContext } from 'react';

export const PLAN_MODAL_NAME = 'PlanModal';

interface PlanModalContextValue {
  setOpen: (open: boolean) => void;
}

export const PlanModalContext = createContext<PlanModalContextValue | null>(null);

export function usePlanModalContext(consumerName: string): PlanModalContextValue {
  const context = useContext(PlanModalContext);
  if (context === null) throw new Error(`\`${consumerName}\` must be used within \`${PLAN_MODAL_NAME}\`.`);
  return context;
}
