import fc from 'fast-check';

/*
 * Answers a hostile backend could send: arbitrary JSON, or a real answer with one value made
 * hostile (a value at the edge of what numbers, dates, URLs and locales take; a missing field; an
 * extra field that is a cycle; a getter whose value changes after it is first read).
 */

type Path = readonly (string | number)[];

/** Every path into `value`, the root included. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) paths.push(...pathsOf(item, [...prefix, index]));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
  }
  return paths;
}

const EDGE_VALUES: unknown[] = [
  Number.MAX_SAFE_INTEGER,
  -Number.MAX_SAFE_INTEGER,
  Number.MAX_VALUE,
  1e21,
  1e9,
  -1,
  0,
  -0,
  0.5,
  150,
  '',
  '1',
  'NaN',
  'en_US',
  'xx-!!',
  '-271821-04-20T00:00:00.000Z',
  '+275760-09-13T00:00:00.000Z',
  '2001-01-01',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'https://evil.example/phish',
  '<img src=x onerror=alert(1)>',
  'x'.repeat(5_000),
  '__proto__',
  'constructor',
  'JPY',
  'XXX',
  null,
  true,
  [],
  {},
  { __proto__: { polluted: true } },
];

export const hostileLeaf: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...EDGE_VALUES) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer({ min: -(2 ** 53), max: 2 ** 53 }) },
  { weight: 1, arbitrary: fc.string() },
);

type Mutation =
  | { kind: 'replace'; at: number; leaf: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'getter'; at: number; leaf: unknown }
  | { kind: 'cycle'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), leaf: hostileLeaf }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('getter' as const), at: fc.nat(), leaf: hostileLeaf }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cycle' as const), at: fc.nat() }) },
);

/** `sample` with one change, on a fresh copy. */
export function mutate(sample: unknown, change: Mutation): unknown {
  const root = { value: structuredClone(sample) };
  const paths = pathsOf(root.value).map((path) => ['value', ...path]);
  const path = paths[change.at % paths.length] ?? ['value'];
  const key = path[path.length - 1] as string | number;
  type Node = Record<string | number, unknown> & unknown[];
  const parent = path.slice(0, -1).reduce((node, step) => node[step] as Node, root as unknown as Node);
  const target = parent[key];
  switch (change.kind) {
    case 'replace':
      parent[key] = change.leaf;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'duplicate':
      // A list with one item twice (same id), or the value in place of its own parent.
      if (Array.isArray(target) && target.length > 0) target.push(structuredClone(target[0]));
      else if (Array.isArray(parent)) parent.push(structuredClone(target));
      break;
    case 'getter': {
      // Right when first read (as a validator would), hostile from then on.
      let reads = 0;
      Object.defineProperty(parent, key, {
        enumerable: true,
        configurable: true,
        get: () => (reads++ === 0 ? target : change.leaf),
      });
      break;
    }
    case 'cycle':
      if (target !== null && typeof target === 'object') (target as Record<string, unknown>).self = target;
      else if ((parent as unknown) !== root) parent.loop = root.value;
      break;
  }
  return root.value;
}

/** Arbitrary JSON, or `sample` made hostile in one place. */
export function hostileAnswer(sample: unknown): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 5, arbitrary: mutation.map((change) => mutate(sample, change)) },
  );
}
