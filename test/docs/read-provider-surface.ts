import { join } from 'node:path';
import ts from 'typescript';

/*
 * Reads, with the TypeScript compiler, what an integrator must know from the sources: every method
 * of `BillingDataProvider`, and every type reachable from its parameters and results with its
 * fields. Anonymous nested objects become dotted fields of the type that holds them
 * (`Plan.prices.month`); string literal unions become value sets.
 */

/** A type, method or root whose fields the reference documents. */
export interface SurfaceOwner {
  name: string;
  kind: 'method' | 'object' | 'map' | 'class';
  /** Field path → whether it is optional (`?`). */
  fields: Map<string, boolean>;
  /** Fields a row may name without being required, e.g. what a class inherits from `Error`. */
  inherited: Set<string>;
  /** Named types a method's signature refers to (params and result). */
  references: Set<string>;
  /** A method's result type as written, e.g. `Promise<Plan[]>`. */
  result?: string | undefined;
}

export interface ProviderSurface {
  /** The methods of `BillingDataProvider`, in declaration order. */
  methods: string[];
  /** Methods and named types, by name. */
  owners: Map<string, SurfaceOwner>;
  /** Named or anonymous string literal unions: `ChangeKind` or `PreviewLine.kind` → values. */
  valueSets: Map<string, string[]>;
}

export interface SurfaceRoot {
  /** Source file, from the repository root. */
  file: string;
  /** The exported interface, class or type alias to start from. */
  name: string;
}

const repositoryRoot = `${join(import.meta.dirname, '../..')}/`;

export function readProviderSurface(roots: readonly SurfaceRoot[]): ProviderSurface {
  const files = roots.map((root) => `${repositoryRoot}${root.file}`);
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    skipLibCheck: true,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    types: [],
  });
  const checker = program.getTypeChecker();
  const surface: ProviderSurface = { methods: [], owners: new Map(), valueSets: new Map() };

  function isOwnSource(node: ts.Node): boolean {
    const fileName = node.getSourceFile().fileName;
    return fileName.startsWith(`${repositoryRoot}src/`);
  }

  function resolve(symbol: ts.Symbol): ts.Symbol {
    return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  }

  function ownDeclaration(symbol: ts.Symbol): ts.Declaration | undefined {
    const declaration = symbol.declarations?.[0];
    return declaration && isOwnSource(declaration) ? declaration : undefined;
  }

  function newOwner(name: string, kind: SurfaceOwner['kind']): SurfaceOwner {
    const owner: SurfaceOwner = {
      name,
      kind,
      fields: new Map(),
      inherited: new Set(),
      references: new Set(),
    };
    surface.owners.set(name, owner);
    return owner;
  }

  /** A field seen in several union variants is optional only when it is optional in all of them. */
  function addField(owner: SurfaceOwner, path: string, optional: boolean): void {
    const known = owner.fields.get(path);
    owner.fields.set(path, known === undefined ? optional : known && optional);
  }

  function addValues(key: string, values: readonly string[]): void {
    const known = surface.valueSets.get(key) ?? [];
    surface.valueSets.set(key, [...new Set([...known, ...values])]);
  }

  function join(path: string, name: string): string {
    return path ? `${path}.${name}` : name;
  }

  function stringLiterals(type: ts.Type): string[] | null {
    const parts = type.isUnion() ? type.types : [type];
    const values = parts.map((part) => (part.isStringLiteral() ? part.value : null));
    return values.every((value) => value !== null) ? (values as string[]) : null;
  }

  /** Walks a type as written, so that named aliases (`Usage`) keep their names. */
  function visitNode(node: ts.TypeNode | undefined, owner: SurfaceOwner, path: string): void {
    if (!node) return;
    if (ts.isParenthesizedTypeNode(node) || ts.isTypeOperatorNode(node)) {
      visitNode(node.type, owner, path);
      return;
    }
    if (ts.isArrayTypeNode(node)) {
      visitNode(node.elementType, owner, path);
      return;
    }
    if (ts.isUnionTypeNode(node) || ts.isIntersectionTypeNode(node)) {
      const literals = node.types.filter(
        (part): part is ts.LiteralTypeNode => ts.isLiteralTypeNode(part) && ts.isStringLiteral(part.literal),
      );
      if (literals.length > 0) {
        addValues(
          join(owner.name, path),
          literals.map((part) => (part.literal as ts.StringLiteral).text),
        );
      }
      for (const part of node.types)
        if (!literals.includes(part as ts.LiteralTypeNode)) visitNode(part, owner, path);
      return;
    }
    if (ts.isLiteralTypeNode(node)) {
      if (ts.isStringLiteral(node.literal)) addValues(join(owner.name, path), [node.literal.text]);
      return;
    }
    if (ts.isTypeLiteralNode(node)) {
      for (const member of node.members) {
        if (!ts.isPropertySignature(member) || !member.name || !ts.isIdentifier(member.name)) continue;
        const fieldPath = join(path, member.name.text);
        addField(owner, fieldPath, member.questionToken !== undefined);
        visitNode(member.type, owner, fieldPath);
      }
      return;
    }
    if (ts.isIndexedAccessTypeNode(node)) {
      const values = stringLiterals(checker.getTypeFromTypeNode(node));
      if (values) addValues(join(owner.name, path), values);
      return;
    }
    if (ts.isTypeReferenceNode(node)) {
      const symbol = checker.getSymbolAtLocation(node.typeName);
      const target = symbol ? resolve(symbol) : undefined;
      if (target && ownDeclaration(target)) {
        if (owner.kind === 'method') owner.references.add(target.name);
        visitNamed(target);
        return;
      }
      // A library type: `Promise<…>`, `Partial<Record<…>>` are looked through; `AbortSignal`,
      // `Blob` and other DOM types are leaves.
      for (const argument of node.typeArguments ?? []) visitNode(argument, owner, path);
    }
    // Keywords (`string`, `number`, `null` …) and function types are leaves.
  }

  function visitProperties(owner: SurfaceOwner, type: ts.Type): void {
    for (const property of checker.getPropertiesOfType(type)) {
      const declaration = property.valueDeclaration ?? property.declarations?.[0];
      if (!declaration || !isOwnSource(declaration)) {
        owner.inherited.add(property.name);
        continue;
      }
      addField(owner, property.name, (property.flags & ts.SymbolFlags.Optional) !== 0);
      if (ts.isPropertySignature(declaration) || ts.isPropertyDeclaration(declaration)) {
        visitNode(declaration.type, owner, property.name);
      }
    }
  }

  function visitNamed(symbol: ts.Symbol): void {
    const name = symbol.name;
    if (surface.owners.has(name) || surface.valueSets.has(name)) return;
    const declaration = ownDeclaration(symbol);
    if (!declaration) return;
    const declared = checker.getDeclaredTypeOfSymbol(symbol);
    if (ts.isInterfaceDeclaration(declaration)) {
      visitProperties(newOwner(name, 'object'), declared);
    } else if (ts.isClassDeclaration(declaration)) {
      visitProperties(newOwner(name, 'class'), declared);
    } else if (ts.isTypeAliasDeclaration(declaration)) {
      const values = stringLiterals(declared);
      if (values) {
        addValues(name, values);
        return;
      }
      const body = declaration.type;
      const objectLike =
        ts.isTypeLiteralNode(body) ||
        (ts.isUnionTypeNode(body) && body.types.some((part) => ts.isTypeLiteralNode(part)));
      visitNode(body, newOwner(name, objectLike ? 'object' : 'map'), '');
    }
  }

  function visitMethods(symbol: ts.Symbol): void {
    for (const method of checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(symbol))) {
      const declaration = method.valueDeclaration;
      if (!declaration || !ts.isMethodSignature(declaration)) continue;
      surface.methods.push(method.name);
      const owner = newOwner(method.name, 'method');
      owner.result = declaration.type?.getText();
      for (const parameter of declaration.parameters) visitNode(parameter.type, owner, '');
      visitNode(declaration.type, owner, '');
    }
  }

  for (const root of roots) {
    const source = program.getSourceFile(`${repositoryRoot}${root.file}`);
    if (!source) throw new Error(`No source file ${root.file}`);
    const symbol = checker
      .getExportsOfModule(checker.getSymbolAtLocation(source) as ts.Symbol)
      .find((candidate) => candidate.name === root.name);
    if (!symbol) throw new Error(`${root.file} exports no ${root.name}`);
    if (root.name === 'BillingDataProvider') visitMethods(resolve(symbol));
    else visitNamed(resolve(symbol));
  }
  return surface;
}
