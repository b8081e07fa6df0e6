import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * Dependencies point one way: core ← provider ← query ← react/components, and core ← provider ←
 * testing (the memory backend, its demo data and the conformance kit). `core` is pure: no React,
 * i18next or DOM. `http` (its own entry) takes the engine and the contract's types, nothing that
 * would put a second copy of the main entry's code in its bundle. A wrong-way import anywhere in
 * src/ fails this test with the file and the import, and so does an import cycle between files.
 */

const SOURCE_ROOT = join(import.meta.dirname, '../../src');

/** What each folder of src/ may import from the others. */
const ALLOWED_LAYERS: Record<string, readonly string[]> = {
  core: [],
  // The contract, validation and HTTP provider; test and demo backends live in `testing`.
  provider: ['core'],
  query: ['core', 'provider'],
  i18n: [],
  react: ['core', 'provider', 'query', 'i18n'],
  components: ['core', 'provider', 'query', 'i18n', 'react'],
  // The test helper `createRestHandler` answers from the server's routes: one table of the contract.
  testing: ['core', 'provider', 'server'],
  // The REST handler, built as `subscription-kit/server`; only `testing` reuses its routes.
  server: ['core', 'provider'],
  // The HTTP provider, built as `subscription-kit/http`; no other room imports it.
  http: ['core', 'provider'],
  // The Stripe provider, built as `subscription-kit/stripe`, server only; no other room imports it.
  stripe: ['core', 'provider'],
  styles: [],
};

/**
 * Rooms another entry's bundle would copy: imported only as types (`import type`, erased), while
 * `core` is loaded as the package `subscription-kit/core` by every entry.
 */
const TYPE_ONLY_LAYERS: Record<string, readonly string[]> = {
  http: ['provider'],
  stripe: ['provider'],
};

/** Packages a layer must not import, beyond the layer rules. */
const FORBIDDEN_PACKAGES: Record<string, RegExp> = {
  core: /^(react|react-dom|i18next|react-i18next|@tanstack\/|@radix-ui\/)/,
  provider: /^(react|react-dom|i18next|react-i18next|@tanstack\/|@radix-ui\/)/,
  query: /^(react-dom|i18next|react-i18next|@radix-ui\/)/,
  testing: /^(react|react-dom|react-i18next|@radix-ui\/)/,
  http: /^(react|react-dom|i18next|react-i18next|@tanstack\/|@radix-ui\/)/,
  // Workers and edge runtimes load it too: no Node built-ins.
  server: /^(react|react-dom|i18next|react-i18next|@tanstack\/|@radix-ui\/|node:)/,
  // Runs where the host's server runs, edge runtimes included: the SDK is the host's, no built-ins.
  stripe: /^(react|react-dom|i18next|react-i18next|@tanstack\/|@radix-ui\/|node:)/,
};

/**
 * `core` runs on servers and in tests without a DOM: it must compile against the ECMAScript library
 * alone, with no DOM and no Node types, so any `window`, `document` or `fetch` is a type error.
 */
function findDomUses(entry: string): string[] {
  const program = ts.createProgram([entry], {
    lib: ['lib.es2023.d.ts'],
    types: [],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
  });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
    return `${diagnostic.file ? basename(diagnostic.file.fileName) : ''}: ${message}`;
  });
}

function listSourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return listSourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

function findImports(source: string): string[] {
  return findImportStatements(source).map(({ specifier }) => specifier);
}

/** Each import or re-export with its specifier, and whether it carries only types. */
function findImportStatements(source: string): { specifier: string; typeOnly: boolean }[] {
  const pattern =
    /(import|export)\s([^'"]*?)from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
  return [...source.matchAll(pattern)].map((match) => ({
    specifier: match[3] ?? match[4] ?? match[5] ?? '',
    typeOnly: match[2] !== undefined && /^type\s/.test(match[2]),
  }));
}

function findViolations(root: string, files: string[]): string[] {
  const layerOf = (file: string) => relative(root, file).split(sep)[0] ?? '';
  const violations: string[] = [];
  for (const file of files) {
    const layer = layerOf(file);
    // Files at the root of src/ are the entry points: they may gather every layer.
    if (!layer.includes('/') && /\.(ts|tsx)$/.test(layer)) continue;
    const source = readFileSync(file, 'utf8');
    for (const { specifier, typeOnly } of findImportStatements(source)) {
      const where = `${relative(root, file)} imports '${specifier}'`;
      if (specifier.startsWith('.')) {
        const target = layerOf(join(file, '..', specifier));
        if (target === layer || target === '' || target.startsWith('..')) continue;
        if (!(ALLOWED_LAYERS[layer] ?? []).includes(target))
          violations.push(`${where}: ${layer} → ${target}`);
        else if (!typeOnly && (TYPE_ONLY_LAYERS[layer] ?? []).includes(target))
          violations.push(`${where}: ${layer} may take only types from ${target}`);
      } else if (FORBIDDEN_PACKAGES[layer]?.test(specifier)) {
        violations.push(`${where}: ${layer} must not depend on it`);
      }
    }
  }
  return violations;
}

function resolveImport(file: string, specifier: string): string | undefined {
  const base = join(file, '..', specifier);
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(existsSync);
}

/** Every file `entry` loads, following relative imports (types included). */
function reachableFiles(entry: string): Set<string> {
  const reached = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (reached.has(file)) continue;
    reached.add(file);
    for (const specifier of findImports(readFileSync(file, 'utf8'))) {
      const target = specifier.startsWith('.') ? resolveImport(file, specifier) : undefined;
      if (target) pending.push(target);
    }
  }
  return reached;
}

/** The first import cycle between files (relative imports, types included), as `a → b → a`. */
function findCycle(root: string, files: string[]): string | null {
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (file: string): string | null => {
    if (done.has(file)) return null;
    const index = path.indexOf(file);
    if (index >= 0) return [...path.slice(index), file].map((item) => relative(root, item)).join(' → ');
    path.push(file);
    for (const specifier of findImports(readFileSync(file, 'utf8'))) {
      const target = specifier.startsWith('.') ? resolveImport(file, specifier) : undefined;
      const cycle = target ? visit(target) : null;
      if (cycle) return cycle;
    }
    path.pop();
    done.add(file);
    return null;
  };
  for (const file of files) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return null;
}

describe('given the source tree', () => {
  const files = listSourceFiles(SOURCE_ROOT);

  it('has every layer of the design', () => {
    const layers = new Set(files.map((file) => relative(SOURCE_ROOT, file).split(sep)[0]));
    for (const layer of [
      'core',
      'provider',
      'query',
      'react',
      'components',
      'i18n',
      'testing',
      'http',
      'server',
      'stripe',
    ]) {
      expect(layers, `src/${layer} is missing`).toContain(layer);
    }
  });

  it('imports only downwards, and core is free of React and i18next', () => {
    expect(findViolations(SOURCE_ROOT, files)).toEqual([]);
  });

  it('keeps the data layer free of JSX: query/ holds hooks, not components', () => {
    const queryFiles = files.filter((file) => relative(SOURCE_ROOT, file).split(sep)[0] === 'query');
    expect(
      queryFiles.filter((file) => file.endsWith('.tsx')).map((file) => relative(SOURCE_ROOT, file)),
    ).toEqual([]);
  });

  // A full type-check of core: seconds of compiler work, more on a busy machine.
  it('compiles core without the DOM library', { timeout: 60_000 }, () => {
    expect(findDomUses(join(SOURCE_ROOT, 'core/index.ts'))).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(findCycle(SOURCE_ROOT, files)).toBeNull();
  });

  it('keeps the server and the Stripe provider out of browser bundles: neither the main entry nor the HTTP provider reaches them', () => {
    for (const entry of ['index.ts', 'http/index.ts']) {
      const reached = [...reachableFiles(join(SOURCE_ROOT, entry))].map((file) =>
        relative(SOURCE_ROOT, file),
      );
      expect(reached.length, `${entry} reaches its own files`).toBeGreaterThan(
        10 * Number(entry === 'index.ts'),
      );
      expect(
        reached.filter((file) => file.startsWith(`server${sep}`) || file.startsWith(`stripe${sep}`)),
      ).toEqual([]);
    }
  });
});

describe('given a tree with wrong-way imports', () => {
  const root = mkdtempSync(join(tmpdir(), 'sk-layers-'));
  const write = (path: string, source: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), source);
  };
  write('core/money.ts', "import { useState } from 'react';\nexport const x = useState;");
  write('core/clock.ts', 'export const now = () => window.performance.now();');
  write('core/plan.ts', "export { PlanCard } from '../components/plan-card';");
  write('provider/http.ts', "import { useQuery } from '@tanstack/react-query';");
  write('query/keys.ts', "import type { Plan } from '../core/types';");
  write('components/plan-card.tsx', "import { createI18n } from '../i18n';");
  write('provider/index.ts', "export { createMemoryDataProvider } from '../testing/memory/provider';");
  write('testing/memory/provider.ts', "import { prorate } from '../../core';\nimport '../../provider/http';");
  write(
    'http/send.ts',
    "import { BillingError } from '../core';\nimport { toBillingError } from '../provider';",
  );
  write('http/routes.ts', "import type { BillingCapability } from '../provider';");
  write('query/use-http.ts', "import { createHttpDataProvider } from '../http';");
  write(
    'server/handler.ts',
    "import { createServer } from 'node:http';\nimport { REST_ROUTES } from '../testing';",
  );
  write('components/checkout.tsx', "import { createBillingHandler } from '../server';");

  it('names each violation and accepts the allowed ones', () => {
    expect(findViolations(root, listSourceFiles(root)).sort()).toEqual([
      "components/checkout.tsx imports '../server': components → server",
      "core/money.ts imports 'react': core must not depend on it",
      "core/plan.ts imports '../components/plan-card': core → components",
      "http/send.ts imports '../provider': http may take only types from provider",
      "provider/http.ts imports '@tanstack/react-query': provider must not depend on it",
      "provider/index.ts imports '../testing/memory/provider': provider → testing",
      "query/use-http.ts imports '../http': query → http",
      "server/handler.ts imports '../testing': server → testing",
      "server/handler.ts imports 'node:http': server must not depend on it",
    ]);
  });

  it('finds an import cycle', () => {
    const cycles = mkdtempSync(join(tmpdir(), 'sk-cycles-'));
    writeFileSync(
      join(cycles, 'backend.ts'),
      "import { plans } from './demo';\nexport const backend = plans;",
    );
    writeFileSync(
      join(cycles, 'demo.ts'),
      "import type { backend } from './backend';\nexport const plans = [];",
    );
    expect(findCycle(cycles, listSourceFiles(cycles))).toBe('backend.ts → demo.ts → backend.ts');
  });

  it('finds the DOM use in core', () => {
    expect(findDomUses(join(root, 'core/clock.ts'))).toEqual(["clock.ts: Cannot find name 'window'."]);
  });
});
