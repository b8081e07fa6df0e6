import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { expect, within } from 'storybook/test';
import {
  type DesignToken,
  readDesignTokens,
  shippedStyleSheets,
  TOKEN_PURPOSES,
  type TokenSample,
} from './design-tokens';
import './foundations.css';

type Theme = 'light' | 'dark';

/** Every --sk-* property of the shipped CSS, with its purpose, in light and dark side by side. */
function TokensPage() {
  const tokens = readDesignTokens(shippedStyleSheets);
  const tokenValue = (name: string, theme: Theme) =>
    tokens.find((token) => token.name === name)?.[theme] ?? '';
  const surface = (theme: Theme): CSSProperties => ({
    background: tokenValue('--sk-background', theme),
    color: tokenValue('--sk-foreground', theme),
  });
  return (
    <main className="sk-Root sb-Page">
      <h1>Tokens</h1>
      <p>
        Every colour, radius, shadow and font of the kit is a <code>--sk-*</code> custom property on{' '}
        <code>.sk-Root</code>. Dark mode redefines variables only. This page reads them from the shipped
        stylesheets, so it always shows what a host gets; colours come in pairs, a surface and the text on it.
        Override any of them from your own stylesheet (see Foundations/Theming).
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="sb-Table-scroll" aria-label="Design tokens" tabIndex={0}>
        <table className="sb-Table" aria-label="Design tokens">
          <thead>
            <tr>
              <th scope="col">Token</th>
              <th scope="col">Used for</th>
              <th scope="col">Light</th>
              <th scope="col">Dark</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.name} data-token={token.name}>
                <th scope="row">
                  <code>{token.name}</code>
                </th>
                <td>{TOKEN_PURPOSES[token.name]?.purpose ?? 'No purpose written yet'}</td>
                {(['light', 'dark'] as const).map((theme) => (
                  <td
                    key={theme}
                    className="sb-Sample-theme"
                    data-sample-theme={theme}
                    style={surface(theme)}
                  >
                    <TokenSampleView token={token} theme={theme} card={tokenValue('--sk-card', theme)} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </main>
  );
}

interface TokenSampleViewProps {
  token: DesignToken;
  theme: Theme;
  /** The card colour of the theme, under a shadow sample. */
  card: string;
}

function TokenSampleView({ token, theme, card }: TokenSampleViewProps) {
  const value = token[theme];
  const sample: TokenSample = TOKEN_PURPOSES[token.name]?.sample ?? 'colour';
  return (
    <div className="sb-Sample">
      {sample === 'font' ? (
        <span style={{ fontFamily: value, fontSize: '1.25rem' }}>Aa 1.234,50 kr.</span>
      ) : (
        <span aria-hidden="true" className="sb-Swatch" style={swatchStyle(sample, value, card)} />
      )}
      <code>{value}</code>
    </div>
  );
}

function swatchStyle(sample: TokenSample, value: string, card: string): CSSProperties {
  switch (sample) {
    case 'colour':
      return { background: value };
    case 'radius':
      return { borderRadius: value, borderWidth: 2 };
    case 'shadow':
      return { boxShadow: value, background: card, borderColor: 'transparent' };
    case 'font':
      return {};
    default:
      return sample satisfies never;
  }
}

const meta = {
  title: 'Foundations/Tokens',
  component: TokensPage,
  tags: ['!autodocs'],
} satisfies Meta<typeof TokensPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The table of tokens; the toolbar's theme changes the page around it, not the two columns. */
export const Tokens: Story = {
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table', { name: 'Design tokens' });
    for (const [name, { purpose }] of Object.entries(TOKEN_PURPOSES)) {
      const row = within(table).getByRole('rowheader', { name }).closest('tr');
      await expect(row).toHaveTextContent(purpose);
    }
    await expect(within(table).getAllByRole('row')).toHaveLength(Object.keys(TOKEN_PURPOSES).length + 1);
  },
};
