import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { createSourceProgram } from '../architecture/source-program';

/*
 * Storybook's docs pages and a host's editor show a prop's JSDoc: every prop the library declares
 * on an exported component's props type has a description, and every prop the component gives a
 * default in its parameter list names it with `@default`. Props inherited from React's element
 * types (`id`, `aria-*` …) are documented by React's own types.
 */

const ROOT = join(import.meta.dirname, '../..');
const ENTRY = join(ROOT, 'src/index.ts');
const program = createSourceProgram([ENTRY]);
const checker = program.getTypeChecker();

function isOwn(declaration: ts.Declaration): boolean {
  const file = declaration.getSourceFile().fileName;
  return file.startsWith(join(ROOT, 'src')) && !file.includes('node_modules');
}

/** The exported `XProps` types whose component `X` is exported too. */
function componentPropsTypes(): { component: string; type: ts.Type }[] {
  const entry = program.getSourceFile(ENTRY);
  const module = entry && checker.getSymbolAtLocation(entry);
  if (!module) throw new Error('src/index.ts has no exports');
  const exports = checker.getExportsOfModule(module);
  const names = new Set(exports.map((symbol) => symbol.name));
  return exports
    .filter((symbol) => symbol.name.endsWith('Props') && names.has(symbol.name.slice(0, -'Props'.length)))
    .map((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return {
        component: symbol.name.slice(0, -'Props'.length),
        type: checker.getDeclaredTypeOfSymbol(target),
      };
    });
}

interface OwnProp {
  name: string;
  where: string;
  description: string;
  hasDefaultTag: boolean;
}

function ownProps(type: ts.Type): OwnProp[] {
  return type.getProperties().flatMap((property) => {
    const declaration = property.declarations?.find(isOwn);
    if (!declaration) return [];
    const source = declaration.getSourceFile();
    const { line } = source.getLineAndCharacterOfPosition(declaration.getStart());
    return [
      {
        name: property.name,
        where: `${relative(ROOT, source.fileName)}:${line + 1}`,
        description: ts.displayPartsToString(property.getDocumentationComment(checker)).trim(),
        hasDefaultTag: property.getJsDocTags(checker).some((tag) => tag.name === 'default'),
      },
    ];
  });
}

/**
 * The props the component's function gives a default in its destructuring, e.g.
 * `function PlanCard({ interval = 'month', … }, ref)` inside `publicPart(…)`.
 */
function defaultedProps(component: string): Set<string> {
  const defaulted = new Set<string>();
  for (const source of program.getSourceFiles()) {
    if (!source.fileName.startsWith(join(ROOT, 'src/components'))) continue;
    const visit = (node: ts.Node) => {
      if (
        (ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node)) &&
        node.name?.text === component
      ) {
        const first = node.parameters[0]?.name;
        if (first && ts.isObjectBindingPattern(first)) {
          for (const element of first.elements) {
            if (element.initializer && !element.dotDotDotToken) {
              defaulted.add((element.propertyName ?? element.name).getText(source));
            }
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return defaulted;
}

const components = componentPropsTypes();

describe('the props of the exported components', () => {
  it('finds the components and their own props', () => {
    expect(components.map(({ component }) => component)).toEqual(
      expect.arrayContaining([
        'PlanCard',
        'PlanCatalog',
        'UsageMeters',
        'InvoiceStatusBadge',
        'PlanModalContent',
      ]),
    );
    const planCard = components.find(({ component }) => component === 'PlanCard');
    expect(ownProps(planCard?.type as ts.Type).map(({ name }) => name)).toContain('unavailableReasons');
  });

  it('each have a description', () => {
    const undocumented = components.flatMap(({ component, type }) =>
      ownProps(type)
        .filter(({ description }) => description === '')
        .map(({ name, where }) => `${component}.${name} (${where})`),
    );
    expect(undocumented).toEqual([]);
  });

  it('name the default the component gives them', () => {
    const missing = components.flatMap(({ component, type }) => {
      const defaulted = defaultedProps(component);
      return ownProps(type)
        .filter(({ name, hasDefaultTag }) => defaulted.has(name) && !hasDefaultTag)
        .map(({ name, where }) => `${component}.${name} (${where})`);
    });
    expect(missing).toEqual([]);
  });
});
