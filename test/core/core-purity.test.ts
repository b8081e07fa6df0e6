import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The engine is deterministic: time is always a parameter and nothing random or global is read.
 * (Import direction and the DOM are checked for all layers in test/architecture.)
 */
const CORE = join(import.meta.dirname, '../../src/core');
const sources = readdirSync(CORE)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => ({ name, text: readFileSync(join(CORE, name), 'utf8') }));

const forbidden: { pattern: RegExp; why: string }[] = [
  { pattern: /Date\.now\(/, why: 'reads the clock' },
  { pattern: /new Date\(\s*\)/, why: 'reads the clock' },
  { pattern: /Math\.random\(/, why: 'is not deterministic' },
  {
    pattern: /\b(window|document|navigator|localStorage|globalThis|process)\b\s*[.[]/,
    why: 'reads a global',
  },
  { pattern: /from '(?!\.\/)/, why: 'imports from outside src/core' },
  { pattern: /export \*/, why: 'is an export * barrel' },
];

describe('given the core sources', () => {
  it('finds them', () => {
    expect(sources.map((source) => source.name)).toContain('recommend-plans.ts');
  });

  it('never reads the clock, randomness or globals, and imports only its own files', () => {
    const offences = sources.flatMap(({ name, text }) =>
      forbidden
        .filter(({ pattern }) => pattern.test(text))
        .map(({ pattern, why }) => `${name} ${why} (${pattern})`),
    );
    expect(offences).toEqual([]);
  });

  it('exports every public name explicitly from index.ts', () => {
    const index = sources.find((source) => source.name === 'index.ts')?.text ?? '';
    const exported = new Set(
      [...index.matchAll(/^\s+(\w+),?$|export (?:type )?\{ ([^}]+) \}/gm)].flatMap((match) =>
        (match[1] ?? match[2] ?? '')
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean),
      ),
    );
    const declared = sources
      .filter((source) => source.name !== 'index.ts' && source.name !== 'time.ts')
      .flatMap(({ text }) =>
        [...text.matchAll(/^export (?:const|function|class|type|interface) (\w+)/gm)].map(
          (match) => match[1] ?? '',
        ),
      )
      .filter((name) => !['divideRounded', 'flowMetrics', 'sameCurrency'].includes(name));
    expect(declared.filter((name) => !exported.has(name))).toEqual([]);
  });
});
