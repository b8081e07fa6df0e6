import { invalidRequest } from './errors.ts';

/** A decoded form value: Stripe's bracket notation gives nested objects and indexed arrays. */
export type FormValue = string | FormValue[] | FormParams;
export interface FormParams {
  [key: string]: FormValue;
}

/**
 * Decodes `application/x-www-form-urlencoded` (a body or a query string) the way Stripe does:
 * `items[0][price]=p` → `{ items: [{ price: 'p' }] }`, `expand[]=a` → `{ expand: ['a'] }`,
 * `metadata[tier]=2` → `{ metadata: { tier: '2' } }`. An empty value stays `''` (the SDK sends
 * `null` as `''`, which Stripe reads as "unset").
 */
export function decodeForm(encoded: string): FormParams {
  const root: FormParams = {};
  for (const [key, value] of new URLSearchParams(encoded)) {
    insert(root, keyPath(key), value);
  }
  return normalize(root) as FormParams;
}

function keyPath(key: string): string[] {
  const open = key.indexOf('[');
  if (open < 0) return [key];
  const segments = [key.slice(0, open)];
  for (const match of key.slice(open).matchAll(/\[([^\]]*)\]/g)) segments.push(match[1] ?? '');
  return segments;
}

function insert(node: FormParams, path: string[], value: string): void {
  let current = node;
  path.forEach((segment, index) => {
    const key = segment === '' ? String(Object.keys(current).length) : segment;
    if (index === path.length - 1) {
      current[key] = value;
      return;
    }
    const next = current[key];
    if (typeof next !== 'object' || Array.isArray(next)) current[key] = {};
    current = current[key] as FormParams;
  });
}

/** Objects whose keys are all indexes become arrays, in index order. */
function normalize(value: FormValue): FormValue {
  if (typeof value === 'string' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const entries = keys.map((key) => [key, normalize(value[key] as FormValue)] as const);
  if (keys.length > 0 && keys.every((key) => /^\d+$/.test(key))) {
    return entries.sort((a, b) => Number(a[0]) - Number(b[0])).map(([, item]) => item);
  }
  return Object.fromEntries(entries);
}

/** A string parameter; `''` (unset) reads as absent. */
export function text(params: FormParams, key: string): string | undefined {
  const value = params[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function requiredText(params: FormParams, key: string): string {
  const value = text(params, key);
  if (value === undefined) throw invalidRequest(`Missing required param: ${key}.`, key, 'parameter_missing');
  return value;
}

export function integer(params: FormParams, key: string): number | undefined {
  const value = text(params, key);
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value)) {
    throw invalidRequest(`Invalid integer: ${value}`, key, 'parameter_invalid_integer');
  }
  return Number(value);
}

export function boolean(params: FormParams, key: string): boolean | undefined {
  const value = text(params, key);
  return value === undefined ? undefined : value === 'true';
}

export function record(params: FormParams, key: string): FormParams | undefined {
  const value = params[key];
  return typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}

export function list(params: FormParams, key: string): FormValue[] {
  const value = params[key];
  if (Array.isArray(value)) return value;
  // A single-element array sent as `key[0]` arrives as an array; a bare object is one element.
  return typeof value === 'object' ? [value] : [];
}

export function records(params: FormParams, key: string): FormParams[] {
  return list(params, key).filter(
    (item): item is FormParams => typeof item === 'object' && !Array.isArray(item),
  );
}

export function texts(params: FormParams, key: string): string[] {
  return list(params, key).filter((item): item is string => typeof item === 'string');
}

/** A record of strings (`payload[k]=v`); other values are left out. */
export function strings(params: FormParams, key: string): Record<string, string> {
  const given = record(params, key) ?? {};
  return Object.fromEntries(
    Object.entries(given).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/** `metadata[k]=v` as Stripe stores it; `metadata=''` clears it. */
export function metadata(params: FormParams, previous: Record<string, string> = {}): Record<string, string> {
  if (params.metadata === '') return {};
  const given = record(params, 'metadata') ?? {};
  const merged: Record<string, string> = { ...previous };
  for (const [key, value] of Object.entries(given)) {
    if (value === '') delete merged[key];
    else if (typeof value === 'string') merged[key] = value;
  }
  return merged;
}
