/*
 * The snippet each component's docs page opens with: what a host copies, with its imports and the
 * provider around it. `billing` stands for the host's `BillingDataProvider`.
 */

const PROVIDER_IMPORTS = "import 'subscription-kit/styles.css';";

function snippet(imports: string[], body: string, setup = ''): string {
  const names = [...imports, 'SubscriptionKitProvider'].sort().join(', ');
  const indented = body
    .trim()
    .split('\n')
    .map((line) => `      ${line}`)
    .join('\n');
  return [
    `import { ${names} } from 'subscription-kit';`,
    PROVIDER_IMPORTS,
    '',
    `export function Billing() {${setup ? `\n${setup}` : ''}`,
    '  return (',
    '    <SubscriptionKitProvider dataProvider={billing} locale="en">',
    indented,
    '    </SubscriptionKitProvider>',
    '  );',
    '}',
  ].join('\n');
}

const HOOKS_SETUP = [
  '  const { data: catalog = [] } = useCatalog();',
  '  const { data: subscription = null } = useSubscription();',
].join('\n');

/** Usage snippets, by component. */
const USAGE = {
  PlanCard: snippet(
    ['PlanCard', 'useCatalog'],
    `{catalog.map((plan) => (
  <PlanCard key={plan.id} plan={plan} current={plan.id === 'ecommerce-basic'} onSelect={choosePlan} />
))}`,
    '  const { data: catalog = [] } = useCatalog();',
  ),
  PlanCatalog: snippet(
    ['PlanCatalog', 'useAccount', 'useCatalog'],
    `<PlanCatalog
  catalog={catalog}
  account={account}
  currentPlanId="ecommerce-basic"
  onSelect={(plan, interval) => review(plan.id, interval)}
/>`,
    '  const { data: catalog = [] } = useCatalog();\n  const { data: account } = useAccount();',
  ),
  PlanModal: snippet(
    ['PlanModal', 'PlanModalContent', 'PlanModalTrigger'],
    `<PlanModal>
  <PlanModalTrigger />
  <PlanModalContent onUpdatePaymentMethod={openBillingPage} />
</PlanModal>`,
  ),
  EnterpriseContact: snippet(
    ['EnterpriseContact'],
    `{/* The built-in form sends through billing.contactSales; or pass contactUrl / onContactSales. */}
<EnterpriseContact />`,
  ),
  PlanChangeReview: snippet(
    ['PlanChangeReview', 'useAccount', 'useCatalog', 'usePlanChange', 'useSubscription'],
    `<button type="button" onClick={() => flow.select({ planId: 'ecommerce-scale', interval: 'month' })}>
  Upgrade
</button>
<PlanChangeReview
  flow={flow}
  catalog={catalog}
  subscription={subscription}
  account={account}
  onFinish={flow.reset}
  onUpdatePaymentMethod={openBillingPage}
/>`,
    `${HOOKS_SETUP}\n  const { data: account } = useAccount();\n  const flow = usePlanChange();`,
  ),
  ScheduledChangeNotice: snippet(
    ['ScheduledChangeNotice', 'useCatalog', 'useSubscription'],
    '<ScheduledChangeNotice subscription={subscription} catalog={catalog} />',
    HOOKS_SETUP,
  ),
  RecommendationBanner: snippet(
    ['RecommendationBanner', 'useRecommendations'],
    '{recommendation && <RecommendationBanner recommendation={recommendation} />}',
    '  const { data } = useRecommendations();\n  const recommendation = data?.recommendation;',
  ),
  BillingIntervalSwitch: snippet(
    ['BillingIntervalSwitch'],
    '<BillingIntervalSwitch value={interval} onValueChange={setInterval} annualSavingsPercent={16} />',
    "  const [interval, setInterval] = useState<'month' | 'year'>('month');",
  ),
  BillingErrorMessage: snippet(
    ['BillingErrorMessage', 'billingErrorCodeOf'],
    `<BillingErrorMessage
  code={billingErrorCodeOf(error)}
  context="Your plan has not changed."
  onRetry={retry}
  onUpdatePaymentMethod={openBillingPage}
/>`,
  ),
  InvoiceStatusBadge: snippet(['InvoiceStatusBadge'], '<InvoiceStatusBadge status={invoice.status} />'),
  InvoiceList: snippet(['InvoiceList'], '<InvoiceList pageSize={20} />'),
  InvoiceView: snippet(['InvoiceView'], '<InvoiceView invoiceId={invoiceId} />'),
  PaymentMethods: snippet(
    ['PaymentMethods'],
    `<PaymentMethods
  renderAddPaymentMethod={({ type, token, onComplete, onCancel }) => (
    <YourCardForm type={type} token={token} onSaved={onComplete} onCancel={onCancel} />
  )}
/>`,
  ),
  BillingSummary: snippet(['BillingSummary'], '<BillingSummary onUpdatePaymentMethod={openBillingPage} />'),
  UsageMeters: snippet(
    ['UsageMeters'],
    '<UsageMeters planModal={{ onUpdatePaymentMethod: openBillingPage }} />',
  ),
} as const;

export type DocumentedComponent = keyof typeof USAGE;

/** `parameters.docs` for a component's meta: its description with the snippet to copy first. */
export function usageDocs(component: DocumentedComponent, description: string) {
  return {
    description: { component: `${description}\n\n\`\`\`tsx\n${USAGE[component]}\n\`\`\`` },
  };
}
