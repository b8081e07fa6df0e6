import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * Hosts style the parts by their state attributes, so each one is documented: every `data-*`
 * attribute the components set, and every `data-slot` they name, appears in docs/PARTS.md; and
 * each public part lists its own in a `@selector` block of its JSDoc.
 */

const root = join(import.meta.dirname, '../..');
const componentsRoot = join(root, 'src/components');
const partsDoc = readFileSync(join(root, 'docs/PARTS.md'), 'utf8');

interface SetAttributes {
  /** `data-*` names set as JSX attributes or as keys of props objects. */
  names: Set<string>;
  /** `data-slot` values: `data-slot="…"`, a part's `slot="…"`, the slot given to `partProps`/`rootProps`. */
  slots: Set<string>;
}

function attributesSetIn(sources: { file: string; text: string }[]): SetAttributes {
  const names = new Set<string>();
  const slots = new Set<string>();
  for (const { file, text } of sources) {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    const visit = (node: ts.Node) => {
      if (ts.isJsxAttribute(node)) {
        const name = node.name.getText(source);
        const value = node.initializer && ts.isStringLiteral(node.initializer) ? node.initializer.text : null;
        if (name.startsWith('data-')) names.add(name);
        if ((name === 'data-slot' || name === 'slot') && value) slots.add(value);
      } else if (ts.isPropertyAssignment(node) && ts.isStringLiteral(node.name)) {
        if (node.name.text.startsWith('data-')) names.add(node.name.text);
      } else if (
        ts.isCallExpression(node) &&
        /^(partProps|rootProps)$/.test(node.expression.getText(source))
      ) {
        const slot = node.arguments[1];
        if (slot && ts.isStringLiteral(slot)) slots.add(slot.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { names, slots };
}

/** What docs/PARTS.md does not mention, as `attribute` and `data-slot="…"`. */
function undocumented({ names, slots }: SetAttributes, doc: string): string[] {
  return [
    ...[...names].filter((name) => !doc.includes(`\`${name}\``)),
    ...[...slots].filter((slot) => !doc.includes(`\`${slot}\``)).map((slot) => `data-slot="${slot}"`),
  ];
}

const componentSources = readdirSync(componentsRoot, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.tsx') || file.endsWith('.ts'))
  .map((file) => ({ file, text: readFileSync(join(componentsRoot, file), 'utf8') }));

/** The components the main entry exports, by name. */
function publicComponents(): string[] {
  const entry = readFileSync(join(root, 'src/index.ts'), 'utf8');
  const fromComponents = [...entry.matchAll(/export \{([^}]*)\} from '\.\/components\/[^']+'/g)];
  return fromComponents
    .flatMap((match) => (match[1] ?? '').split(','))
    .map((name) => name.trim())
    .filter((name) => /^[A-Z]/.test(name) && !name.startsWith('type '));
}

/** The JSDoc of each declaration in the components, by the declared name. */
function jsDocByName(): Map<string, string> {
  const docs = new Map<string, string>();
  for (const { file, text } of componentSources) {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    for (const statement of source.statements) {
      const name = ts.isFunctionDeclaration(statement)
        ? statement.name?.text
        : ts.isVariableStatement(statement)
          ? statement.declarationList.declarations[0]?.name.getText(source)
          : undefined;
      const doc = ts.getJSDocCommentsAndTags(statement).map((node) => node.getText(source));
      if (name) docs.set(name, doc.join('\n'));
    }
  }
  return docs;
}

describe('given the state attributes the components set', () => {
  const set = attributesSetIn(componentSources);

  it('finds the attributes and slots of the parts', () => {
    expect(set.names).toContain('data-state');
    expect(set.names).toContain('data-slot');
    expect(set.slots).toContain('plan-card');
    expect(set.slots).toContain('upcoming-total');
  });

  it('documents every one in docs/PARTS.md', () => {
    expect(undocumented(set, partsDoc)).toEqual([]);
  });

  it('names an attribute or a slot the docs lack (the check can fail)', () => {
    const added = attributesSetIn([
      {
        file: 'added.tsx',
        text: 'const a = <div data-glow="on" {...partProps("sk-Glow", "glow", props, ref)} />;',
      },
    ]);
    expect(undocumented(added, partsDoc)).toEqual(['data-glow', 'data-slot="glow"']);
  });
});

/** Set on the parts of every component alike, and documented once for all of them. */
const EVERY_PART = ['data-sk-theme', 'data-size'];

describe('given the public parts', () => {
  const docs = jsDocByName();
  const parts = publicComponents();

  // PlanModal renders no element of its own: its trigger and content are parts of their own.
  it.each(parts.filter((name) => name !== 'PlanModal'))(
    'lists the attributes of %s in a @selector block',
    (name) => {
      expect(docs.get(name) ?? '').toContain('@selector');
    },
  );

  const folders = [...new Set(componentSources.map(({ file }) => file.split('/')[0] ?? ''))].filter(
    (folder) => folder !== 'shared',
  );

  it.each(folders)('lists every attribute set in components/%s in its parts’ @selector blocks', (folder) => {
    const { names } = attributesSetIn(componentSources.filter(({ file }) => file.startsWith(`${folder}/`)));
    // The @selector block: from its first line to the end of the comment.
    const selectors = parts
      .filter((name) =>
        componentSources.some(
          ({ file, text }) => file.startsWith(`${folder}/`) && text.includes(`function ${name}(`),
        ),
      )
      .map((name) => (docs.get(name) ?? '').split('@selector').slice(1).join('@selector'))
      .join('\n');
    expect([...names].filter((name) => !EVERY_PART.includes(name) && !selectors.includes(name))).toEqual([]);
  });
});
