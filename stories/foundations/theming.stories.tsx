import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { BillingErrorMessage, PlanCard } from 'subscription-kit';
import type { SubscriptionKitParameters } from '../../.storybook/preview';
import { demoClock, planNamed } from '../scenarios';
import { CodeBlock } from './code-block';
import './foundations.css';

/** What a host changes to put the kit in its brand; each becomes a `--sk-*` property. */
interface BrandTheme {
  /** Main actions and the recommended card's outline, light theme. */
  primary: string;
  /** Text on the primary colour, light theme. */
  primaryForeground: string;
  /** The primary colour in the dark theme: lighter, to stand out on a dark surface. */
  darkPrimary: string;
  /** Text on the primary colour, dark theme. */
  darkPrimaryForeground: string;
  /** The base radius in rem; the smaller radii derive from it. */
  radius: number;
  /** The font stack of every text. */
  fontFamily: string;
}

const FONT_STACKS = {
  'System (the default)':
    'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  Serif: 'Georgia, "Times New Roman", serif',
  Humanist: '"Trebuchet MS", "Gill Sans", Verdana, sans-serif',
  Monospace: 'ui-monospace, Menlo, Consolas, monospace',
};

/** The stylesheet a host copies: unlayered, so it wins over the kit's layer. */
function brandStyleSheet(theme: BrandTheme, scope = ''): string {
  const root = `${scope}.sk-Root`;
  return `${root} {
  --sk-primary: ${theme.primary};
  --sk-primary-foreground: ${theme.primaryForeground};
  --sk-ring: ${theme.primary};
  --sk-radius: ${theme.radius}rem;
  --sk-font-family: ${theme.fontFamily};
}

${root}[data-sk-theme='dark'] {
  --sk-primary: ${theme.darkPrimary};
  --sk-primary-foreground: ${theme.darkPrimaryForeground};
  --sk-ring: ${theme.darkPrimary};
}
`;
}

const BRAND_SCOPE = '.sb-Brand ';

/** The same components before and after a brand theme, and the CSS that makes the difference. */
function ThemingPage(theme: BrandTheme) {
  return (
    <main className="sk-Root sb-Page">
      <h1>Theming</h1>
      <p>
        Brand the kit from your own stylesheet: redefine the <code>--sk-*</code> properties on{' '}
        <code>.sk-Root</code>, and again under <code>[data-sk-theme='dark']</code> for the dark theme. The
        kit&apos;s rules sit in the cascade layer <code>subscription-kit</code>, so your unlayered rules win
        without <code>!important</code>. Change the controls below: the right-hand column follows, and the CSS
        under it is what to copy.
      </p>
      <style>{brandStyleSheet(theme, BRAND_SCOPE)}</style>
      <div className="sb-Columns">
        <section className="sb-Column" aria-labelledby="theming-shipped">
          <h2 id="theming-shipped">As shipped</h2>
          <ThemedComponents />
        </section>
        <section className="sb-Column sb-Brand" aria-labelledby="theming-brand">
          <h2 id="theming-brand">Your brand</h2>
          <ThemedComponents />
        </section>
      </div>
      <h2>The CSS to copy</h2>
      <CodeBlock caption="Brand CSS" code={brandStyleSheet(theme)} />
      <p>
        Every token and its purpose is on the Tokens page. Keep each pair readable: a surface and the text on
        it (<code>--sk-primary</code> and <code>--sk-primary-foreground</code>) need a contrast of 4.5:1.
      </p>
    </main>
  );
}

function ThemedComponents() {
  return (
    <>
      <PlanCard plan={planNamed('Ecommerce Scale')} recommended />
      <PlanCard plan={planNamed('Ecommerce Basic')} current />
      <BillingErrorMessage code="card_expired" announce={false} onUpdatePaymentMethod={() => {}} />
    </>
  );
}

const parameters: { subscriptionKit: SubscriptionKitParameters } = {
  subscriptionKit: { now: demoClock },
};

const meta = {
  title: 'Foundations/Theming',
  component: ThemingPage,
  tags: ['!autodocs'],
  parameters: { ...parameters, a11y: { context: 'body' } },
  args: {
    primary: '#0f766e',
    primaryForeground: '#ffffff',
    darkPrimary: '#5eead4',
    darkPrimaryForeground: '#042f2e',
    radius: 0.25,
    fontFamily: FONT_STACKS.Serif,
  },
  argTypes: {
    primary: { control: 'color' },
    primaryForeground: { control: 'color' },
    darkPrimary: { control: 'color' },
    darkPrimaryForeground: { control: 'color' },
    radius: { control: { type: 'range', min: 0, max: 1.5, step: 0.125 } },
    fontFamily: {
      control: 'select',
      options: Object.values(FONT_STACKS),
      labels: Object.fromEntries(Object.entries(FONT_STACKS).map(([label, stack]) => [stack, label])),
    },
  },
} satisfies Meta<typeof ThemingPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A teal brand with small radii and a serif font, beside the shipped theme. */
export const Brand: Story = {
  play: async ({ canvasElement, args }) => {
    const page = within(canvasElement);
    await page.findAllByRole('article');
    // The recommended card's action in each column, whatever the toolbar's locale.
    const [shipped, brand] = canvasElement.querySelectorAll<HTMLElement>(
      '[data-recommended] .sk-PlanCard-cta',
    );
    if (shipped === undefined || brand === undefined) throw new Error('Both plan cards should render.');
    const view = canvasElement.ownerDocument.defaultView ?? window;
    await expect(view.getComputedStyle(brand).borderTopLeftRadius).not.toBe(
      view.getComputedStyle(shipped).borderTopLeftRadius,
    );
    await expect(view.getComputedStyle(brand).fontFamily).toContain('Georgia');
    await expect(page.getByRole('figure', { name: 'Brand CSS' })).toHaveTextContent(
      `--sk-primary: ${args.primary};`,
    );
  },
};
