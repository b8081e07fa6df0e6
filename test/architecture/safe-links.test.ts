import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { createSourceProgram } from './source-program';

/*
 * Every URL a host or a provider hands us goes through one check, `toSafeUrl`, whose result is the
 * type `SafeUrl`. So a URL attribute in the components (`href`, `src`, `action`, `formAction` on an
 * HTML element), a navigation (`location.assign`, `location.replace`, `window.open`) and an
 * assignment to `.href` take a `SafeUrl` (or nothing) or a literal of our own; anything else is a
 * raw URL from outside, and this test names the file, the line and the expression.
 */

const ROOT = join(import.meta.dirname, '../..');
const COMPONENTS = join(ROOT, 'src/components');
const FIXTURE = join(import.meta.dirname, 'fixtures/links.tsx');
const SAFE_URL_MODULE = join(ROOT, 'src/query/safe-url.ts');
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formAction']);
const NAVIGATIONS = /(^|\.)(location\.assign|location\.replace|open)$/;

function listComponentFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return listComponentFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

const componentFiles = listComponentFiles(COMPONENTS);
const program = createSourceProgram([...componentFiles, FIXTURE, SAFE_URL_MODULE]);
const checker = program.getTypeChecker();

function safeUrlType(): ts.Type {
  const module = program.getSourceFile(SAFE_URL_MODULE);
  const moduleSymbol = module && checker.getSymbolAtLocation(module);
  const symbol = moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((s) => s.name === 'SafeUrl');
  if (!symbol) throw new Error('src/query/safe-url.ts exports no type SafeUrl');
  return checker.getDeclaredTypeOfSymbol(symbol);
}

/** The URL-carrying expression of a node, if it is a sink: a URL attribute, a navigation, an `.href` assignment. */
function urlSink(node: ts.Node, source: ts.SourceFile): ts.Expression | undefined {
  if (ts.isJsxAttribute(node) && URL_ATTRIBUTES.has(node.name.getText(source))) {
    const element = node.parent.parent;
    const tag =
      ts.isJsxOpeningElement(element) || ts.isJsxSelfClosingElement(element) ? element.tagName : null;
    const intrinsic = tag !== null && /^[a-z]/.test(tag.getText(source));
    const value = node.initializer;
    return intrinsic && value && ts.isJsxExpression(value) ? value.expression : undefined;
  }
  if (ts.isCallExpression(node) && NAVIGATIONS.test(node.expression.getText(source)))
    return node.arguments[0];
  const assignsHref =
    ts.isBinaryExpression(node) &&
    node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
    ts.isPropertyAccessExpression(node.left) &&
    node.left.name.text === 'href';
  return assignsHref ? node.right : undefined;
}

/** `file:line <sink>` for each URL sink fed by anything but a SafeUrl or a literal. */
function findRawUrls(file: string): string[] {
  const source = program.getSourceFile(file);
  if (!source) throw new Error(`${file} is not in the program`);
  const safe = safeUrlType();
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const expression = urlSink(node, source);
    if (expression) {
      const type = checker.getNonNullableType(checker.getTypeAtLocation(expression));
      const members = type.isUnion() ? type.types : [type];
      const raw = members.filter(
        (member) => !member.isStringLiteral() && !checker.isTypeAssignableTo(member, safe),
      );
      if (raw.length > 0) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        const sink = ts.isJsxAttribute(node)
          ? `<${node.parent.parent.getChildAt(1, source).getText(source)} ${node.getText(source)}>`
          : node.getText(source);
        found.push(`${relative(ROOT, file)}:${line + 1} ${sink}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('given the components', () => {
  it('has components to check', () => {
    expect(componentFiles.length).toBeGreaterThan(10);
  });

  it('feeds every link and navigation from toSafeUrl or a literal of our own', () => {
    expect(componentFiles.flatMap(findRawUrls)).toEqual([]);
  });
});

describe('given a component with links and navigations of every kind', () => {
  it('names the raw ones and accepts the checked ones and literals', () => {
    expect(findRawUrls(FIXTURE)).toEqual([
      'test/architecture/fixtures/links.tsx:9 <a href={url}>',
      'test/architecture/fixtures/links.tsx:10 <a href={supportUrl}>',
      'test/architecture/fixtures/links.tsx:14 <img src={url}>',
      'test/architecture/fixtures/links.tsx:22 window.location.assign(url)',
      'test/architecture/fixtures/links.tsx:24 window.open(url)',
      'test/architecture/fixtures/links.tsx:26 link.href = url',
    ]);
  });
});
