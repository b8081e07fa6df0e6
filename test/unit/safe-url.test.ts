import { describe, expect, it } from 'vitest';
// Internal: the one check every outside URL goes through before it becomes a link.
import { toSafeUrl } from '../../src/query/safe-url';

const PAGE = 'https://app.example.com';

describe('given a URL from a host or a data provider', () => {
  it.each([
    ['javascript:alert(1)'],
    [' JavaScript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
    ['http://evil.example/pay'],
    ['//evil.example/pay'],
    ['/\\evil.example/pay'],
    ['\t/\t/evil.example/pay'],
    ['https://'],
    [''],
    ['   '],
  ])('refuses %j', (candidate) => {
    expect(toSafeUrl(candidate, PAGE)).toBeNull();
  });

  it.each([[null], [undefined], [42], [{ href: 'https://ok.example' }]])(
    'refuses the non-string %j',
    (value) => {
      expect(toSafeUrl(value, PAGE)).toBeNull();
    },
  );

  it('keeps an https URL, normalised', () => {
    expect(toSafeUrl('https://Pay.Example.com/3ds?x=1', PAGE)).toBe('https://pay.example.com/3ds?x=1');
  });

  it('keeps a path as a path, the same with or without a page (server rendering)', () => {
    expect(toSafeUrl('/billing/help?topic=plans#top', PAGE)).toBe('/billing/help?topic=plans#top');
    expect(toSafeUrl('/billing/help?topic=plans#top', null)).toBe('/billing/help?topic=plans#top');
  });

  it('refuses a path that a browser would read as another origin', () => {
    expect(toSafeUrl('/.//evil.example/x', PAGE)).toBeNull();
  });

  it('keeps an http URL on the page’s own origin only', () => {
    expect(toSafeUrl('http://localhost:3000/support', 'http://localhost:3000')).toBe(
      'http://localhost:3000/support',
    );
    expect(toSafeUrl('http://localhost:3000/support', null)).toBeNull();
  });
});
