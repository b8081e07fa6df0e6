/*
 * The guards boundary validation is written in. Each checks a value, reports what is wrong with it
 * (path, expected, received) and returns the copy to pass on: the known fields of a fresh object or
 * array, each read once, or the value itself for a string, number or boolean.
 */

/** One bad field of a provider result, as listed in `details.problems` of an `invalid_response`. */
export interface DataProviderResultProblem {
  /** Where, from the result's name: `preview.lines[0].amount.amount`. */
  path: string;
  /** What the contract wants there: `integer minor units (19000 for 190.00)`. */
  expected: string;
  /** A short account of what was there: `"12.00"`, `undefined`, `an array of 3`. */
  received: string;
}

/** Enough to fix several fields per round trip, few enough to read in one error message. */
const MAX_PROBLEMS = 5;

export class Problems {
  readonly list: DataProviderResultProblem[] = [];
  count = 0;
  /** Inside a plan, preview or invoice: its currency and where it was read first (`null` until then). */
  currency: { code: string; path: string } | null | undefined;

  add(path: string, expected: string, value: unknown, received = describeReceived(value)): undefined {
    this.count += 1;
    if (this.list.length < MAX_PROBLEMS) this.list.push({ path, expected, received });
    return undefined;
  }
}

/** Checks a value and returns the copy to pass on (`undefined` for a refused one). */
export type Guard = (value: unknown, path: string, problems: Problems) => unknown;

export function describeReceived(value: unknown): string {
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object' && value !== null) return 'an object';
  return String(value);
}

/**
 * A value passed on as it is (a string, number or boolean) when `test` accepts it and, given a
 * `range`, what `measure` reads from it lies within `[min, max]`; `words` say so in the message.
 */
export function is(
  test: (value: unknown) => boolean,
  expected: string,
  range?: [min: number, max: number, words: string],
  measure: (value: unknown) => number = Number,
): Guard {
  return (value, path, problems) => {
    if (!test(value)) return problems.add(path, expected, value);
    if (range && !(measure(value) >= range[0] && measure(value) <= range[1])) {
      return problems.add(path, `${expected}, ${range[2]}`, value);
    }
    return value;
  };
}

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** Strict, because `Date.parse` also takes "March 7" or "1" and reads them in the local time zone. */
export function isInstant(value: unknown): boolean {
  const match = typeof value === 'string' ? INSTANT.exec(value) : null;
  if (!match) return false;
  const month = Number(match[2]) - 1;
  const day = Number(match[3]);
  // The date exists when the calendar gives it back unchanged: no February 30, no month 13.
  const date = new Date(Date.UTC(Number(match[1]), month, day));
  return date.getUTCMonth() === month && date.getUTCDate() === day;
}

const currencyCode = is(
  (value) => typeof value === 'string' && /^[A-Z]{3}$/.test(value),
  'an upper-case ISO 4217 code such as "EUR"',
);
/** A currency code; inside a plan, preview or invoice, the one its first amount set. */
export const currency: Guard = (value, path, problems) => {
  const code = currencyCode(value, path, problems);
  const first = problems.currency;
  if (typeof code !== 'string' || first === undefined) return code;
  if (first === null) {
    problems.currency = { code, path };
  } else if (code !== first.code) {
    return problems.add(path, `"${first.code}", the currency of ${first.path}`, value);
  }
  return code;
};

/** Every currency read inside `guard` must be the same. */
export function oneCurrency(guard: Guard): Guard {
  return (value, path, problems) => {
    const outer = problems.currency;
    problems.currency = null;
    const copy = guard(value, path, problems);
    problems.currency = outer;
    return copy;
  };
}

function listed(values: readonly string[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

export function oneOf(values: readonly string[]): Guard {
  return is((value) => values.includes(value as string), `one of ${listed(values)}`);
}

/** Adds "or null" to what was expected of the value itself, so the message names both choices. */
export function nullable(guard: Guard): Guard {
  return (value, path, problems) => {
    if (value === null) return null;
    const before = problems.list.length;
    const copy = guard(value, path, problems);
    for (const problem of problems.list.slice(before)) {
      if (problem.path === path) problem.expected += ' or null';
    }
    return copy;
  };
}

export function optional(guard: Guard): Guard {
  return (value, path, problems) => (value === undefined ? undefined : guard(value, path, problems));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A fresh object of the fields `shape` names, each read once; absent ones stay absent. */
export function object(shape: Record<string, Guard>): Guard {
  return (value, path, problems) => {
    if (!isObject(value)) return problems.add(path, 'an object', value);
    const copy: Record<string, unknown> = {};
    for (const key in shape) {
      const field = shape[key]?.(value[key], `${path}.${key}`, problems);
      if (field !== undefined) copy[key] = field;
    }
    return copy;
  };
}

/** A fresh array, its length and each item read once; `uniqueIds`: no two items share an `id`. */
export function arrayOf(guard: Guard, uniqueIds = false): Guard {
  return (value, path, problems) => {
    if (!Array.isArray(value)) return problems.add(path, 'an array', value);
    const ids = new Set<unknown>();
    const length = value.length;
    const copy: unknown[] = [];
    for (let index = 0; index < length; index += 1) {
      const item = guard(value[index], `${path}[${index}]`, problems) as { id?: unknown } | undefined;
      if (uniqueIds && item) {
        if (ids.has(item.id)) problems.add(`${path}[${index}].id`, 'an id unique in the list', item.id);
        ids.add(item.id);
      }
      copy.push(item);
    }
    return copy;
  };
}

export function recordOf(keys: readonly string[], guard: Guard): Guard {
  return (value, path, problems) => {
    if (!isObject(value)) return problems.add(path, 'an object', value);
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (keys.includes(key)) copy[key] = guard(value[key], `${path}.${key}`, problems);
      else problems.add(`${path}.${key}`, `a key among ${listed(keys)}`, value, 'an unknown key');
    }
    return copy;
  };
}

/** A union told apart by one field, e.g. `type` or `status`. */
export function tagged(tag: string, variants: Record<string, Guard>): Guard {
  return (value, path, problems) => {
    if (!isObject(value)) return problems.add(path, 'an object', value);
    const name = value[tag];
    // Own keys only: a tag such as "constructor" must not pick up what every object inherits.
    const variant = typeof name === 'string' && Object.hasOwn(variants, name) ? variants[name] : undefined;
    if (!variant) return problems.add(`${path}.${tag}`, `one of ${listed(Object.keys(variants))}`, name);
    return { [tag]: name, ...(variant(value, path, problems) as object) };
  };
}
