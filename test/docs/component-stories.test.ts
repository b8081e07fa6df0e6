import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { createSourceProgram } from '../architecture/source-program';

/*
 * Designers review the kit in Storybook: every component the package exports has a stories file
 * of its own (the meta's `component`) or is documented on its compound's page (the meta's
 * `subcomponents`, shown together with the parts it is used with), and every such page has an
 * overview story that shows the component's states side by side. A dialog's page shows each of
 * its steps in a frame of its own (`dialogOnDocsPage`): that page is its overview.
 */

const ROOT = join(import.meta.dirname, '../..');
const ENTRY = join(ROOT, 'src/index.ts');
const STORIES = join(ROOT, 'stories');

/** The values `src/index.ts` exports that are declared in the components room. */
function exportedComponents(): string[] {
  const program = createSourceProgram([ENTRY]);
  const checker = program.getTypeChecker();
  const entry = program.getSourceFile(ENTRY);
  const module = entry && checker.getSymbolAtLocation(entry);
  if (!module) throw new Error('src/index.ts has no exports');
  return checker
    .getExportsOfModule(module)
    .filter((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const declaration = target.declarations?.[0];
      return (
        (target.flags & ts.SymbolFlags.Value) !== 0 &&
        /^[A-Z]/.test(symbol.name) &&
        declaration?.getSourceFile().fileName.startsWith(join(ROOT, 'src/components')) === true
      );
    })
    .map((symbol) => symbol.name)
    .sort();
}

interface StoriesMeta {
  file: string;
  component: string | null;
  subcomponents: string[];
  stories: string[];
  dialogPage: boolean;
}

function storiesFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return storiesFiles(path);
    return entry.name.endsWith('.stories.tsx') ? [path] : [];
  });
}

/** The meta (the object literal with a `title`) and the exported stories of a stories file. */
function readStories(path: string): StoriesMeta {
  const text = readFileSync(path, 'utf8');
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const meta: StoriesMeta = {
    file: relative(ROOT, path),
    component: null,
    subcomponents: [],
    stories: [],
    dialogPage: false,
  };
  const visit = (node: ts.Node) => {
    if (
      ts.isObjectLiteralExpression(node) &&
      node.properties.some((p) => p.name?.getText(source) === 'title')
    ) {
      for (const property of node.properties) {
        if (!ts.isPropertyAssignment(property)) continue;
        const name = property.name.getText(source);
        if (name === 'component') meta.component = property.initializer.getText(source);
        if (name === 'subcomponents' && ts.isObjectLiteralExpression(property.initializer)) {
          meta.subcomponents = property.initializer.properties.map(
            (part) => part.name?.getText(source) ?? '',
          );
        }
        if (name === 'parameters')
          meta.dialogPage = property.initializer.getText(source).includes('dialogOnDocsPage');
      }
    }
    if (
      ts.isVariableStatement(node) &&
      node.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)
    ) {
      meta.stories.push(...node.declarationList.declarations.map((d) => d.name.getText(source)));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return meta;
}

const components = exportedComponents();
const metas = storiesFiles(STORIES).map(readStories);

describe('the stories of the exported components', () => {
  it('reads the export list and the stories', () => {
    expect(components).toEqual(
      expect.arrayContaining(['PlanCard', 'PlanModal', 'PlanModalReview', 'UsageMeters']),
    );
    expect(components).not.toContain('SubscriptionKitProvider');
    expect(components).not.toContain('isPaymentFailureCode');
    const planModal = metas.find(({ component }) => component === 'PlanModalContent');
    expect(planModal?.subcomponents).toContain('PlanModalTrigger');
    expect(planModal?.dialogPage).toBe(true);
  });

  it('give every exported component a stories page, its own or its compound’s', () => {
    const documented = new Set(
      metas.flatMap(({ component, subcomponents, stories }) =>
        stories.length > 0 && component !== null ? [component, ...subcomponents] : [],
      ),
    );
    expect(components.filter((component) => !documented.has(component))).toEqual([]);
  });

  it('give every component page an overview of its states side by side', () => {
    const pages = metas.filter(({ component }) => component !== null && components.includes(component));
    const withoutOverview = pages
      .filter(({ stories, dialogPage }) => !dialogPage && !stories.includes('Overview'))
      .map(({ file }) => file);
    expect(withoutOverview).toEqual([]);
  });
});
