import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { createSourceProgram } from './source-program';

/*
 * Every type a host meets in a public signature (props, hook results, provider methods, options) is
 * exported from the entry that exposes it, so no host has to deep-import or re-declare one. Walks the
 * checker's view of each export, so inferred types count too.
 */

const ROOT = join(import.meta.dirname, '../..');
const ENTRIES = {
  'subscription-kit': 'src/index.ts',
  'subscription-kit/core': 'src/core/index.ts',
  'subscription-kit/testing': 'src/testing/index.ts',
  'subscription-kit/http': 'src/http/index.ts',
  'subscription-kit/server': 'src/server/index.ts',
  'subscription-kit/stripe': 'src/stripe/index.ts',
} as const;

const program = createSourceProgram(Object.values(ENTRIES).map((entry) => join(ROOT, entry)));
const checker = program.getTypeChecker();

function isOwnDeclaration(declaration: ts.Declaration): boolean {
  const file = declaration.getSourceFile().fileName;
  return file.startsWith(join(ROOT, 'src')) && !file.includes('node_modules');
}

function namedTypeSymbol(type: ts.Type): ts.Symbol | undefined {
  const symbol = type.aliasSymbol ?? type.getSymbol();
  if (!symbol) return undefined;
  const declaration = symbol.declarations?.[0];
  if (!declaration || !isOwnDeclaration(declaration)) return undefined;
  const named =
    ts.isInterfaceDeclaration(declaration) ||
    ts.isTypeAliasDeclaration(declaration) ||
    ts.isClassDeclaration(declaration) ||
    ts.isEnumDeclaration(declaration);
  return named ? symbol : undefined;
}

/** The named types of `src/` that a host reaches from the exports of one entry, with where from. */
function reachableOwnTypes(entryFile: string): Map<string, string> {
  const source = program.getSourceFile(join(ROOT, entryFile));
  if (!source) throw new Error(`${entryFile} is not in the program`);
  const entrySymbol = checker.getSymbolAtLocation(source);
  if (!entrySymbol) throw new Error(`${entryFile} has no exports`);
  const found = new Map<string, string>();
  const seen = new Set<ts.Type>();

  function visit(type: ts.Type, from: string, depth: number): void {
    if (seen.has(type) || depth > 12) return;
    seen.add(type);
    const symbol = namedTypeSymbol(type);
    if (symbol && !found.has(symbol.name)) found.set(symbol.name, from);
    const where = symbol ? symbol.name : from;
    for (const argument of type.aliasTypeArguments ?? []) visit(argument, where, depth + 1);
    if (type.isUnionOrIntersection()) for (const member of type.types) visit(member, where, depth + 1);
    if (type.flags & ts.TypeFlags.Object) {
      const reference = type as ts.TypeReference;
      if ((reference as { objectFlags?: number }).objectFlags ?? 0 & ts.ObjectFlags.Reference) {
        for (const argument of checker.getTypeArguments(reference) ?? []) visit(argument, where, depth + 1);
      }
    }
    for (const property of type.getProperties()) {
      const declaration = property.valueDeclaration ?? property.declarations?.[0];
      if (!declaration || !isOwnDeclaration(declaration)) continue;
      visit(checker.getTypeOfSymbolAtLocation(property, declaration), `${where}.${property.name}`, depth + 1);
    }
    for (const signature of [...type.getCallSignatures(), ...type.getConstructSignatures()]) {
      for (const parameter of signature.getParameters()) {
        const declaration = parameter.valueDeclaration;
        if (declaration) visit(checker.getTypeOfSymbolAtLocation(parameter, declaration), where, depth + 1);
      }
      visit(signature.getReturnType(), where, depth + 1);
    }
  }

  for (const exported of checker.getExportsOfModule(entrySymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.[0];
    if (!declaration) continue;
    if (symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias)) {
      visit(checker.getDeclaredTypeOfSymbol(symbol), exported.name, 0);
    }
    if (symbol.flags & ts.SymbolFlags.Value) {
      visit(checker.getTypeOfSymbolAtLocation(symbol, declaration), exported.name, 0);
    }
  }
  return found;
}

function exportedNames(entryFile: string): Set<string> {
  const source = program.getSourceFile(join(ROOT, entryFile));
  const entrySymbol = source && checker.getSymbolAtLocation(source);
  return new Set(entrySymbol ? checker.getExportsOfModule(entrySymbol).map((symbol) => symbol.name) : []);
}

/**
 * Where a host may take each entry's types from: the main entry and the engine stand alone; the
 * testing, http and server entries may lean on them, since a host that tests or plugs in a provider has both.
 */
const TYPE_SOURCES: Record<keyof typeof ENTRIES, readonly (keyof typeof ENTRIES)[]> = {
  'subscription-kit': ['subscription-kit'],
  'subscription-kit/core': ['subscription-kit/core'],
  'subscription-kit/testing': ['subscription-kit/testing', 'subscription-kit', 'subscription-kit/core'],
  'subscription-kit/http': ['subscription-kit/http', 'subscription-kit', 'subscription-kit/core'],
  'subscription-kit/server': ['subscription-kit/server', 'subscription-kit', 'subscription-kit/core'],
  'subscription-kit/stripe': ['subscription-kit/stripe', 'subscription-kit', 'subscription-kit/core'],
};

describe.each(Object.entries(ENTRIES))('the entry %s', (entry, file) => {
  // The first entry pays for the checker over every entry (the Stripe SDK's types included):
  // seconds of compiler work, more on a busy machine.
  it('exports every type that appears in its public signatures', { timeout: 30_000 }, () => {
    const sources = TYPE_SOURCES[entry as keyof typeof ENTRIES];
    const exported = new Set(sources.flatMap((source) => [...exportedNames(ENTRIES[source])]));
    const missing = [...reachableOwnTypes(file)]
      .filter(([name]) => !exported.has(name))
      .map(([name, from]) => `${name} (reached from ${from})`);
    expect(missing, `${entry} (${relative(ROOT, join(ROOT, file))}) should also export`).toEqual([]);
  });
});
