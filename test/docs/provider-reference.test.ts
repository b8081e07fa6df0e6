import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BillingDataProvider, createValidatedDataProvider } from 'subscription-kit';
import { billingErrorCodes } from 'subscription-kit/core';
import { dataProviderContractChecks, dataProviderContractScenarios } from 'subscription-kit/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkProviderReference,
  parseSections,
  type ReferenceExpectations,
} from './check-provider-reference';
import { type ProviderSurface, readProviderSurface } from './read-provider-surface';

const reference = readFileSync(join(import.meta.dirname, '../../docs/PROVIDER.md'), 'utf8');

let surface: ProviderSurface;
let expectations: ReferenceExpectations;

beforeAll(() => {
  surface = readProviderSurface([
    { file: 'src/index.ts', name: 'BillingDataProvider' },
    { file: 'src/core/index.ts', name: 'BillingError' },
    { file: 'src/core/index.ts', name: 'BillingErrorOptions' },
    { file: 'src/core/index.ts', name: 'AvailabilityReason' },
    { file: 'src/testing/index.ts', name: 'DataProviderContractOptions' },
  ]);
  expectations = {
    errorCodes: billingErrorCodes,
    changeKinds: surface.valueSets.get('ChangeKind') ?? [],
    scenarios: dataProviderContractScenarios.map((scenario) => scenario.name),
    checkNames: dataProviderContractChecks.map((check) => check.name),
  };
});

/** The reference without the table row whose first cell is `` `field` `` in the section of `owner`. */
function withoutRow(owner: string, field: string): string {
  const lines = reference.split('\n');
  const start = lines.findIndex(
    (line) => /^#{1,6} /.test(line) && (line.includes(`\`${owner}\``) || line.endsWith(` ${owner}`)),
  );
  const index = lines.findIndex((line, at) => at > start && line.startsWith(`| \`${field}\` |`));
  expect(index, `a row for ${owner}.${field}`).toBeGreaterThan(start);
  return lines.filter((_, at) => at !== index).join('\n');
}

/** A provider whose `method` resolves with `value` and whose other required methods never run. */
function providerResolving(method: keyof BillingDataProvider, value: unknown): BillingDataProvider {
  const unused = () => Promise.reject(new Error('not called'));
  return {
    getCatalog: unused,
    getSubscription: unused,
    getAccount: unused,
    previewChange: unused,
    changePlan: unused,
    [method]: () => Promise.resolve(value),
  } as BillingDataProvider;
}

/**
 * Runs the first JSON example of each method's section through the boundary validation, and names
 * every result type without an example.
 */
async function exampleProblems(markdown: string): Promise<string[]> {
  const problems: string[] = [];
  const sections = parseSections(markdown);
  const examplesByResult = new Map<string, number>();
  for (const method of surface.methods as (keyof BillingDataProvider)[]) {
    // `Subscription | null` and `Subscription` are one result type: an example of either shows it.
    const result = (surface.owners.get(method)?.result ?? method).replace(' | null', '');
    const [example] = sections.find((section) => section.name === method)?.jsonBlocks ?? [];
    examplesByResult.set(result, (examplesByResult.get(result) ?? 0) + (example ? 1 : 0));
    if (!example) continue;
    const provider = createValidatedDataProvider(providerResolving(method, JSON.parse(example)));
    const call = provider[method] as (params: object) => Promise<unknown>;
    try {
      await call({});
    } catch (error) {
      problems.push(`${method}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  for (const [result, examples] of examplesByResult) {
    if (examples === 0) problems.push(`no example of ${result}`);
  }
  return problems;
}

/** The row of `field` in the sections of `owner`, or the text of its sections for a type without rows. */
function documentationOf(owner: string, field: string | null): string {
  const sections = parseSections(reference).filter((section) => section.name === owner);
  if (field === null) return sections.map((section) => section.text).join('\n');
  const row = sections
    .flatMap((section) => section.tables)
    .flatMap((table) => table.rows)
    .find((cells) => cells[0]?.replaceAll('`', '') === field);
  return row?.join(' | ') ?? '';
}

/**
 * The bound the validation names when `value` is put at `path` (`0.prices.month.amount`) of the
 * first example of `method`.
 */
async function boundRefused(
  method: keyof BillingDataProvider,
  path: string,
  value: unknown,
): Promise<string> {
  const [example] = parseSections(reference).find((section) => section.name === method)?.jsonBlocks ?? [];
  const result = JSON.parse(example ?? 'null') as Record<string, unknown>;
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  const parent = keys.reduce((node, key) => node[key] as Record<string, unknown>, result);
  parent[last] = value;
  const provider = createValidatedDataProvider(providerResolving(method, result));
  const call = provider[method] as (params: object) => Promise<unknown>;
  const error = await call({}).then(
    () => null,
    (rejection: { details?: { expected?: string } }) => rejection,
  );
  // "a finite number, from 0 to 10^15 or null" → "from 0 to 10^15"
  const expected = error?.details?.expected?.replace(/ or null$/, '');
  return expected?.split(', ').slice(1).join(', ') ?? 'nothing: the value was accepted';
}

/** The row of the Conventions table about `what` (`instant`, `money` …). */
function conventionsRow(what: string): string {
  const section = parseSections(reference).find((candidate) => candidate.heading === 'Conventions');
  return section?.tables[0]?.rows.find((cells) => cells[0] === what)?.join(' | ') ?? '';
}

describe('given the provider reference, docs/PROVIDER.md', () => {
  it('reads the whole public surface from the sources', () => {
    expect(surface.methods).toContain('getCatalog');
    expect(surface.methods).toContain('contactSales');
    for (const type of ['Plan', 'Money', 'Subscription', 'AccountContext', 'Invoice', 'PaymentMethod']) {
      expect(surface.owners.has(type), type).toBe(true);
    }
    expect(surface.owners.get('PlanChangePreview')?.fields.has('blockers')).toBe(true);
    expect(surface.owners.get('PreviewLine')?.fields.has('period.end')).toBe(true);
    expect(surface.owners.get('Plan')?.fields.get('prices.year')).toBe(true);
    expect(surface.owners.get('PaymentMethod')?.fields.has('mandateReference')).toBe(true);
    expect(surface.valueSets.get('ChangeKind')).toEqual(['upgrade', 'downgrade', 'same', 'interval_change']);
  });

  it('documents every method, field, error code, change kind, scenario and check', () => {
    expect(checkProviderReference(reference, surface, expectations)).toEqual([]);
  });

  it('has an example of every result type that passes the boundary validation', async () => {
    expect(await exampleProblems(reference)).toEqual([]);
  });

  describe.each([
    {
      owner: 'Money',
      field: 'amount',
      method: 'previewChange',
      path: 'amountDue.amount',
      value: 10 ** 12 + 1,
    },
    { owner: 'Plan', field: 'prices.month', method: 'getCatalog', path: '0.prices.month.amount', value: -1 },
    {
      owner: 'Plan',
      field: 'prices.year',
      method: 'getCatalog',
      path: '0.prices.year.amount',
      value: 10 ** 12 + 1,
    },
    { owner: 'PlanLimits', field: null, method: 'getCatalog', path: '0.limits.seats', value: -1 },
    {
      owner: 'Campaign',
      field: 'discountPercent',
      method: 'getCatalog',
      path: '0.campaigns.0.discountPercent',
      value: 150,
    },
    {
      owner: 'OverageRate',
      field: 'unitAmount',
      method: 'getCatalog',
      path: '0.overage.conversations.unitAmount.amount',
      value: -1,
    },
    {
      owner: 'OverageRate',
      field: 'perUnits',
      method: 'getCatalog',
      path: '0.overage.conversations.perUnits',
      value: 0,
    },
    { owner: 'Usage', field: null, method: 'getAccount', path: 'usage.seats', value: 10 ** 16 },
    { owner: 'TaxLine', field: 'ratePercent', method: 'getInvoice', path: 'taxes.0.ratePercent', value: 101 },
    { owner: 'PaymentMethod', field: 'expMonth', method: 'listPaymentMethods', path: '0.expMonth', value: 0 },
    { owner: 'PaymentMethod', field: 'expYear', method: 'listPaymentMethods', path: '0.expYear', value: 28 },
    {
      owner: 'Conventions',
      field: 'instant',
      method: 'getSubscription',
      path: 'billingAnchor',
      value: '2201-01-01T00:00:00Z',
    },
  ] as const)('given a $owner $field beyond its bound', ({ owner, field, method, path, value }) => {
    it('documents the bound the boundary refuses it with', async () => {
      const bound = await boundRefused(method, path, value);
      const documented = owner === 'Conventions' ? conventionsRow(field) : documentationOf(owner, field);
      expect(documented, `${owner} ${field ?? ''}`).toContain(bound);
    });
  });

  describe('when an example breaks the conventions', () => {
    it('names the field of a date-only instant', async () => {
      const doc = reference.replace(
        '"issuedAt": "2026-03-01T00:00:00Z",\n  "dueAt"',
        '"issuedAt": "2026-03-01",\n  "dueAt"',
      );
      const [problem] = await exampleProblems(doc);
      expect(problem).toContain('getInvoice: ');
      expect(problem).toContain('invoice.issuedAt');
    });

    it('names the field of a lower-case currency', async () => {
      const doc = reference.replace(
        '"amountDue": { "amount": 34677, "currency": "EUR" }',
        '"amountDue": { "amount": 34677, "currency": "eur" }',
      );
      const [problem] = await exampleProblems(doc);
      expect(problem).toContain('preview.amountDue.currency');
    });
  });

  describe('when a row is missing', () => {
    it('names the field', () => {
      const problems = checkProviderReference(withoutRow('Money', 'currency'), surface, expectations);
      expect(problems).toEqual(['Money.currency has no row']);
    });

    it('names a nested field', () => {
      const problems = checkProviderReference(withoutRow('Plan', 'prices.year'), surface, expectations);
      expect(problems).toEqual(['Plan.prices.year has no row']);
    });

    it('names a method parameter', () => {
      const problems = checkProviderReference(withoutRow('listInvoices', 'cursor'), surface, expectations);
      expect(problems).toEqual(['listInvoices.cursor has no row']);
    });

    it('names the error code', () => {
      const problems = checkProviderReference(
        withoutRow('Error codes', 'card_expired'),
        surface,
        expectations,
      );
      expect(problems).toEqual(['error code card_expired has no row']);
    });
  });

  describe('when a section is missing', () => {
    it('names the method', () => {
      const doc = reference.replace('### `getInvoicePdf`', '### The PDF');
      expect(checkProviderReference(doc, surface, expectations)).toContain(
        'method getInvoicePdf has no section',
      );
    });

    it('names the type', () => {
      const doc = reference.replace('### `TaxLine`', '### Taxes');
      expect(checkProviderReference(doc, surface, expectations)).toContain('type TaxLine has no section');
    });
  });

  describe('when the reference says more or otherwise than the sources', () => {
    it('names a row for a field that is not declared', () => {
      const doc = reference.replace(
        '| `perUnits` |',
        '| `perUnit` | `number` | required | A misspelt field. |\n| `perUnits` |',
      );
      expect(checkProviderReference(doc, surface, expectations)).toEqual([
        'OverageRate.perUnit is documented but not declared',
      ]);
    });

    it('names a kit check listed under another number', () => {
      const doc = reference
        .replace('| 7 | applies an upgrade immediately |', '| 8 | applies an upgrade immediately |')
        .replace('| 8 | schedules a downgrade', '| 7 | schedules a downgrade');
      expect(checkProviderReference(doc, surface, expectations)).toContain(
        'kit check 7 is "applies an upgrade immediately", the reference lists "schedules a downgrade for the end of the period, when its preview said"',
      );
    });

    it('names a field documented as required that is optional', () => {
      const doc = reference.replace(
        '| `dueAt` | `string` (instant) | optional |',
        '| `dueAt` | `string` (instant) | required |',
      );
      expect(checkProviderReference(doc, surface, expectations)).toEqual([
        'Invoice.dueAt is optional, the reference says required',
      ]);
    });
  });
});
