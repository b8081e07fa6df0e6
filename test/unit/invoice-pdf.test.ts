import { isUnsafeLinkError, saveInvoicePdf } from 'subscription-kit';
import { afterEach, describe, expect, it, vi } from 'vitest';

function spyOnLinkClicks() {
  const clicked: HTMLAnchorElement[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this);
  });
  return clicked;
}

afterEach(() => vi.useRealTimers());

describe.each([
  'javascript:alert(1)',
  ' JavaScript:alert(1)',
  'data:application/pdf;base64,JVBERi0=',
  'http://example.com/invoice.pdf',
  'vbscript:msgbox(1)',
  '//evil.example.com/invoice.pdf',
])('given the PDF link %j', (url) => {
  it('refuses it with an unsafe-link error and clicks nothing', () => {
    const clicked = spyOnLinkClicks();
    let error: unknown;
    try {
      saveInvoicePdf({ type: 'url', url }, 'SK-2026-0024');
    } catch (caught) {
      error = caught;
    }
    expect(isUnsafeLinkError(error)).toBe(true);
    expect(clicked).toEqual([]);
  });
});

describe('given a same-origin path', () => {
  it('opens it in a new tab without an opener', () => {
    const clicked = spyOnLinkClicks();
    saveInvoicePdf({ type: 'url', url: '/billing/invoices/SK-2026-0024.pdf' }, 'SK-2026-0024');
    expect(clicked[0]?.href).toBe(`${window.location.origin}/billing/invoices/SK-2026-0024.pdf`);
    expect(clicked[0]?.rel).toBe('noopener noreferrer');
  });
});

describe('given a Blob without a file name', () => {
  it('downloads it as invoice-<number>.pdf and revokes the object URL a moment later', () => {
    vi.useFakeTimers();
    const clicked = spyOnLinkClicks();
    URL.createObjectURL = vi.fn(() => 'blob:test/1');
    URL.revokeObjectURL = vi.fn();
    saveInvoicePdf({ type: 'blob', blob: new Blob(['%PDF-1.4']) }, 'SK-2026/0024');
    expect(clicked[0]?.download).toBe('invoice-SK-2026-0024.pdf');
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:test/1');
    expect(document.querySelector('a')).toBeNull();
  });

  it("keeps the provider's file name, made safe for a file system", () => {
    const clicked = spyOnLinkClicks();
    URL.createObjectURL = vi.fn(() => 'blob:test/2');
    URL.revokeObjectURL = vi.fn();
    saveInvoicePdf({ type: 'blob', blob: new Blob(['%PDF-1.4']), fileName: '../../SK 2026 0024.pdf' }, 'x');
    expect(clicked[0]?.download).toBe('SK-2026-0024.pdf');
  });
});
