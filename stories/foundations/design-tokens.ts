/// <reference types="vite/client" />
// The --sk-* custom properties as the shipped CSS defines them, read from `src/styles` when the
// stories are built, each with the purpose the Tokens page shows. `test/unit/design-tokens.test.ts`
// fails when the CSS gains a token that has no purpose here (or loses one that still has).

/** How a token is shown on the Tokens page. */
export type TokenSample = 'colour' | 'radius' | 'font' | 'shadow';

export interface TokenPurpose {
  sample: TokenSample;
  purpose: string;
}

export const TOKEN_PURPOSES: Readonly<Record<string, TokenPurpose>> = {
  '--sk-font-family': { sample: 'font', purpose: 'All text' },
  '--sk-radius': { sample: 'radius', purpose: 'Cards and dialogs; the smaller radii derive from it' },
  '--sk-radius-sm': { sample: 'radius', purpose: 'Buttons, fields, badges (derived from --sk-radius)' },
  '--sk-radius-pill': { sample: 'radius', purpose: 'Pills: the interval switch, tags' },
  '--sk-background': { sample: 'colour', purpose: 'Dialog surface' },
  '--sk-foreground': { sample: 'colour', purpose: 'Body text on the background' },
  '--sk-card': { sample: 'colour', purpose: 'Plan cards and panels' },
  '--sk-card-foreground': { sample: 'colour', purpose: 'Text on cards' },
  '--sk-muted': { sample: 'colour', purpose: 'Metric tiles, skeletons, table stripes' },
  '--sk-muted-foreground': { sample: 'colour', purpose: 'Secondary text' },
  '--sk-border': { sample: 'colour', purpose: 'Borders and table rules' },
  '--sk-primary': { sample: 'colour', purpose: "Main actions, the recommended card's outline" },
  '--sk-primary-foreground': { sample: 'colour', purpose: 'Text on primary actions' },
  '--sk-secondary': { sample: 'colour', purpose: 'Other actions, the recommendation banner' },
  '--sk-secondary-foreground': { sample: 'colour', purpose: 'Text on secondary surfaces' },
  '--sk-accent': { sample: 'colour', purpose: 'The recommended badge' },
  '--sk-accent-foreground': { sample: 'colour', purpose: 'Text on the recommended badge' },
  '--sk-success': { sample: 'colour', purpose: 'Checkmarks, "Selected", confirmations' },
  '--sk-success-muted': { sample: 'colour', purpose: 'Surface of a success message' },
  '--sk-success-muted-foreground': { sample: 'colour', purpose: 'Text on a success surface' },
  '--sk-ring': { sample: 'colour', purpose: 'Focus outlines' },
  '--sk-destructive': { sample: 'colour', purpose: 'Errors, blockers, invalid fields, Remove' },
  '--sk-destructive-muted': { sample: 'colour', purpose: 'Surface of an error message' },
  '--sk-destructive-muted-foreground': { sample: 'colour', purpose: 'Text on an error surface' },
  '--sk-info-muted': { sample: 'colour', purpose: 'Notices: a scheduled change, an unavailable plan' },
  '--sk-info-muted-foreground': { sample: 'colour', purpose: 'Text on a notice' },
  '--sk-campaign': { sample: 'colour', purpose: 'Offer badges' },
  '--sk-campaign-foreground': { sample: 'colour', purpose: 'Text on offer badges' },
  '--sk-meter-track': { sample: 'colour', purpose: "A usage meter's empty track" },
  '--sk-meter-ok': { sample: 'colour', purpose: 'Meter fill below 80 % (the primary colour)' },
  '--sk-meter-warning': { sample: 'colour', purpose: 'Meter fill from 80 % of a limit' },
  '--sk-meter-over': { sample: 'colour', purpose: 'Meter fill at or past a limit (destructive)' },
  '--sk-overlay': { sample: 'colour', purpose: "The dialog's backdrop" },
  '--sk-shadow': { sample: 'shadow', purpose: 'Cards and panels' },
  '--sk-shadow-dialog': { sample: 'shadow', purpose: 'The dialog' },
};

/** A token's value in each theme, `var(--sk-…)` references resolved. */
export interface DesignToken {
  name: string;
  light: string;
  dark: string;
}

/** The stylesheets of `src/styles`, as text (in Storybook; Vitest's jsdom project empties CSS). */
export const shippedStyleSheets: readonly string[] = Object.values(
  import.meta.glob<string>('../../src/styles/*.css', { query: '?raw', import: 'default', eager: true }),
);

/**
 * Every --sk-* property the stylesheets define, in the order they are defined. A rule whose
 * selector names `data-sk-theme="dark"` holds the dark values; the others hold the light ones, and
 * a token the dark rules leave alone is the same in both.
 */
export function readDesignTokens(sheets: readonly string[]): DesignToken[] {
  const light = new Map<string, string>();
  const dark = new Map<string, string>();
  for (const sheet of sheets) {
    const css = sheet.replace(/\/\*[\s\S]*?\*\//g, '');
    for (const [, selector = '', body = ''] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      const target = /data-sk-theme=["']?dark/.test(selector) ? dark : light;
      for (const [, name = '', value = ''] of body.matchAll(/(--sk-[\w-]+)\s*:\s*([^;]+);/g)) {
        target.set(name, value.replace(/\s+/g, ' ').trim());
      }
    }
  }
  const names = [...new Set([...light.keys(), ...dark.keys()])];
  const lightValue = (name: string) => light.get(name) ?? '';
  const darkValue = (name: string) => dark.get(name) ?? light.get(name) ?? '';
  return names.map((name) => ({
    name,
    light: resolve(lightValue(name), lightValue),
    dark: resolve(darkValue(name), darkValue),
  }));
}

/** Replaces `var(--sk-…)` with the value it names, as the browser would. */
function resolve(value: string, lookUp: (name: string) => string, depth = 0): string {
  if (depth > 8) return value;
  return value.replace(/var\((--sk-[\w-]+)\)/g, (_, name: string) =>
    resolve(lookUp(name), lookUp, depth + 1),
  );
}
