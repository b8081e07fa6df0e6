import type { ProviderSurface } from './read-provider-surface';

/*
 * Compares the integrator's reference (docs/PROVIDER.md) with what the sources declare. The
 * reference is read as sections: a heading whose first code span names a method or a type
 * (`### \`Plan\``) opens the section of that name, up to the next heading. Its tables whose first
 * column is `field` or `param` document fields, one row each (`prices.month` for nested ones).
 */

interface Table {
  header: string[];
  rows: string[][];
}

interface Section {
  heading: string;
  /** The identifier in the heading's first code span, if any. */
  name: string | null;
  text: string;
  tables: Table[];
  /** The bodies of the ```json fences, in order. */
  jsonBlocks: string[];
}

export interface ReferenceExpectations {
  /** Every error code, each needing a row in the "Error codes" table. */
  errorCodes: readonly string[];
  /** Every change kind, each needing a row in the "Change kinds" table. */
  changeKinds: readonly string[];
  /** The kit's scenario names, each needing a row in the "Scenarios" table. */
  scenarios: readonly string[];
  /** The kit's check names, each to be quoted in the reference. */
  checkNames: readonly string[];
}

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

/** A field name from a first cell: `` `prices.month` `` → `prices.month`. */
function fieldName(cell: string): string {
  return cell.replaceAll('`', '').replace(/\?$/, '').trim();
}

export function parseSections(markdown: string): Section[] {
  const sections: Section[] = [];
  let current: Section = { heading: '', name: null, text: '', tables: [], jsonBlocks: [] };
  let fence: { language: string; lines: string[] } | null = null;
  let table: Table | null = null;
  for (const line of markdown.split('\n')) {
    const fenceMatch = /^\s*```(\w*)/.exec(line);
    if (fence) {
      if (fenceMatch) {
        if (fence.language === 'json') current.jsonBlocks.push(fence.lines.join('\n'));
        fence = null;
      } else {
        fence.lines.push(line);
      }
      current.text += `${line}\n`;
      continue;
    }
    if (fenceMatch) {
      fence = { language: fenceMatch[1] ?? '', lines: [] };
      table = null;
      current.text += `${line}\n`;
      continue;
    }
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      const title = heading[1] ?? '';
      const name = /`([A-Za-z_$][\w$]*)/.exec(title)?.[1] ?? null;
      current = { heading: title, name, text: '', tables: [], jsonBlocks: [] };
      sections.push(current);
      table = null;
      continue;
    }
    current.text += `${line}\n`;
    if (line.trim().startsWith('|')) {
      const row = cells(line);
      if (!table) {
        table = { header: row.map((cell) => cell.toLowerCase()), rows: [] };
        current.tables.push(table);
      } else if (!row.every((cell) => /^:?-+:?$/.test(cell))) {
        table.rows.push(row);
      }
    } else {
      table = null;
    }
  }
  return sections;
}

/** The first cells of the rows of every table in `sections` whose first column is one of `columns`. */
function rowsOf(sections: Section[], columns: readonly string[]): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const section of sections) {
    for (const table of section.tables) {
      if (!columns.includes(table.header[0] ?? '')) continue;
      const requiredColumn = table.header.indexOf('required');
      for (const row of table.rows) {
        const requiredCell = requiredColumn >= 0 ? (row[requiredColumn] ?? '') : '';
        rows.set(fieldName(row[0] ?? ''), [requiredCell, ...row]);
      }
    }
  }
  return rows;
}

/** Inline code spans and fenced blocks: where a value such as `interval_change` counts as named. */
function codeText(markdown: string): string {
  const fences = [...markdown.matchAll(/```[\s\S]*?```/g)].map((match) => match[0]);
  const spans = [...markdown.replace(/```[\s\S]*?```/g, '').matchAll(/`[^`\n]+`/g)].map((match) => match[0]);
  return [...fences, ...spans].join('\n');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every difference between the reference and the sources, one sentence each; empty when they agree. */
export function checkProviderReference(
  markdown: string,
  surface: ProviderSurface,
  expectations: ReferenceExpectations,
): string[] {
  const problems: string[] = [];
  const sections = parseSections(markdown);
  const sectionsNamed = (name: string) => sections.filter((section) => section.name === name);

  for (const method of surface.methods) {
    if (sectionsNamed(method).length === 0) problems.push(`method ${method} has no section`);
  }

  for (const owner of surface.owners.values()) {
    const own = sectionsNamed(owner.name);
    if (own.length === 0) {
      if (owner.kind !== 'method') problems.push(`type ${owner.name} has no section`);
      continue;
    }
    const text = own.map((section) => section.text).join('\n');
    for (const reference of owner.references) {
      if (!new RegExp(`\\b${escapeRegExp(reference)}\\b`).test(text)) {
        problems.push(`${owner.name}: its section does not name ${reference}, which its signature uses`);
      }
    }
    const rows = rowsOf(own, ['field', 'param']);
    for (const [path, optional] of owner.fields) {
      const row = rows.get(path);
      if (!row) {
        problems.push(`${owner.name}.${path} has no row`);
        continue;
      }
      const said = (row[0] ?? '').toLowerCase();
      const saysOptional = said.startsWith('optional');
      if (said && (saysOptional || said.startsWith('required')) && saysOptional !== optional) {
        problems.push(
          `${owner.name}.${path} is ${optional ? 'optional' : 'required'}, the reference says ${said}`,
        );
      }
    }
    for (const path of rows.keys()) {
      if (!owner.fields.has(path) && !owner.inherited.has(path)) {
        problems.push(`${owner.name}.${path} is documented but not declared`);
      }
    }
  }

  const code = codeText(markdown);
  for (const [owner, values] of surface.valueSets) {
    for (const value of values) {
      if (!new RegExp(`(^|[^\\w])${escapeRegExp(value)}([^\\w]|$)`, 'm').test(code)) {
        problems.push(`${owner} value ${value} is not named in code anywhere`);
      }
    }
  }

  const tableChecks = [
    { heading: /error codes/i, column: 'code', what: 'error code', values: expectations.errorCodes },
    { heading: /change kinds/i, column: 'kind', what: 'change kind', values: expectations.changeKinds },
    { heading: /scenarios/i, column: 'scenario', what: 'kit scenario', values: expectations.scenarios },
  ];
  for (const { heading, column, what, values } of tableChecks) {
    const rows = rowsOf(
      sections.filter((section) => heading.test(section.heading)),
      [column],
    );
    for (const value of values) if (!rows.has(value)) problems.push(`${what} ${value} has no row`);
    for (const value of rows.keys()) {
      if (!values.includes(value)) problems.push(`${what} ${value} is documented but does not exist`);
    }
  }

  const prose = markdown.replace(/\s+/g, ' ');
  for (const name of expectations.checkNames) {
    if (!prose.includes(name)) problems.push(`kit check "${name}" is not in the reference`);
  }
  // The numbered list of checks, which the scenarios refer to by number, follows the kit's order.
  const numbered = sections
    .filter((section) => /the checks/i.test(section.heading))
    .flatMap((section) => section.tables.filter((table) => table.header[0] === '#'))
    .flatMap((table) => table.rows.map((row) => [Number(row[0]), row[1] ?? ''] as const));
  expectations.checkNames.forEach((name, index) => {
    const row = numbered.find(([number]) => number === index + 1);
    if (row?.[1] !== name)
      problems.push(`kit check ${index + 1} is "${name}", the reference lists "${row?.[1]}"`);
  });
  if (numbered.length !== expectations.checkNames.length) {
    problems.push(
      `the kit has ${expectations.checkNames.length} checks, the reference lists ${numbered.length}`,
    );
  }
  return problems;
}
