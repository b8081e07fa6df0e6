import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDesignTokens, TOKEN_PURPOSES } from '../../stories/foundations/design-tokens';

const STYLES_ROOT = join(import.meta.dirname, '../../src/styles');

/** The stylesheets of `src/styles`, read from disk (the jsdom project empties CSS imports). */
const styleSheets = readdirSync(STYLES_ROOT)
  .filter((name) => name.endsWith('.css'))
  .map((file) => readFileSync(join(STYLES_ROOT, file), 'utf8'));

/** The custom properties the shipped stylesheets define, found without the Tokens page's parser. */
function definedInStyles(): Set<string> {
  const names = new Set<string>();
  for (const css of styleSheets) {
    for (const [, name] of css.matchAll(/(--sk-[\w-]+)\s*:/g)) names.add(name ?? '');
  }
  return names;
}

describe('the Tokens page', () => {
  it('shows every --sk-* property that src/styles defines, and no other', () => {
    expect(
      readDesignTokens(styleSheets)
        .map((token) => token.name)
        .sort(),
    ).toEqual([...definedInStyles()].sort());
  });

  it('gives every token of the stylesheets a purpose, and no purpose to a token that is gone', () => {
    expect(Object.keys(TOKEN_PURPOSES).sort()).toEqual([...definedInStyles()].sort());
  });

  it('has a value in light and in dark for every token, references resolved', () => {
    for (const token of readDesignTokens(styleSheets)) {
      expect(token.light, token.name).not.toBe('');
      expect(token.dark, token.name).not.toBe('');
      expect(token.light, token.name).not.toContain('var(');
      expect(token.dark, token.name).not.toContain('var(');
    }
  });

  describe('given a dark rule that redefines a colour', () => {
    const sheet = `
      @layer subscription-kit {
        .sk-Root { --sk-primary: #4338ca; --sk-meter-ok: var(--sk-primary); --sk-radius: 1rem; }
        .sk-Root[data-sk-theme="dark"], [data-sk-theme="dark"] .sk-Root { --sk-primary: #818cf8; }
      }`;

    it('shows the dark value beside the light one, and keeps what dark leaves alone', () => {
      expect(readDesignTokens([sheet])).toEqual([
        { name: '--sk-primary', light: '#4338ca', dark: '#818cf8' },
        { name: '--sk-meter-ok', light: '#4338ca', dark: '#818cf8' },
        { name: '--sk-radius', light: '1rem', dark: '1rem' },
      ]);
    });
  });
});
