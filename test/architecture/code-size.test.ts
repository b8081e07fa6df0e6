import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * Files a newcomer can read in one sitting: no source file in src/ over 350 lines and no function
 * over 80. A longer one is a sign that two concerns share a room.
 */

const SOURCE_ROOT = join(import.meta.dirname, '../../src');
const MAX_FILE_LINES = 350;
const MAX_FUNCTION_LINES = 80;

const sourceFiles = readdirSync(SOURCE_ROOT, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.tsx?$/.test(file))
  .map((file) => join(SOURCE_ROOT, file));

function lineCount(text: string): number {
  return text.replace(/\n$/, '').split('\n').length;
}

function longFunctions(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > MAX_FUNCTION_LINES) {
        const name = node.name?.getText(source) ?? `(anonymous, line ${start + 1})`;
        found.push(`${relative(SOURCE_ROOT, file)}: ${name} has ${lines} lines`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the source in src/', () => {
  it(`has no file over ${MAX_FILE_LINES} lines`, () => {
    const long = sourceFiles
      .map((file) => [relative(SOURCE_ROOT, file), lineCount(readFileSync(file, 'utf8'))] as const)
      .filter(([, lines]) => lines > MAX_FILE_LINES)
      .map(([file, lines]) => `${file} has ${lines} lines`);
    expect(long).toEqual([]);
  });

  it(`has no function over ${MAX_FUNCTION_LINES} lines`, () => {
    expect(sourceFiles.flatMap((file) => longFunctions(file, readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('finds a function that is too long (the check can fail)', () => {
    const body = Array.from({ length: MAX_FUNCTION_LINES }, (_, index) => `  const line${index} = ${index};`);
    const text = `export function tooLong() {\n${body.join('\n')}\n}\n`;
    expect(longFunctions(join(SOURCE_ROOT, 'example.ts'), text)).toEqual([
      `example.ts: tooLong has ${MAX_FUNCTION_LINES + 2} lines`,
    ]);
  });
});
