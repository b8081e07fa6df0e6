import { QueryClient } from '@tanstack/react-query';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { createI18n, InvoiceList, invoicesInfiniteOptions, SubscriptionKitProvider } from 'subscription-kit';
import 'subscription-kit/styles.css';
import type { MemoryDataProvider } from 'subscription-kit/testing';
import { bench, describe } from 'vitest';
import { demoClock, demoProvider, invoiceHistoryData } from '../stories/scenarios';

/*
 * How long InvoiceList takes to render with many invoices already loaded (after many "Load more"),
 * in Chromium, layout included. Run: npm run bench:invoices
 * Not a test: nothing here fails on time.
 */

const PAGE_SIZE = 100;

/** One i18next instance for every render: what is measured is the list, not i18next's start-up. */
const i18n = createI18n();

/** A host QueryClient holding `count` invoices as cursor pages, as if "Load more" had been pressed. */
async function loadedClient(provider: MemoryDataProvider, count: number) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY } },
  });
  const pages = [];
  const pageParams: (string | null)[] = [];
  let cursor: string | null = null;
  do {
    pageParams.push(cursor);
    const page = await provider.listInvoices({ cursor, limit: PAGE_SIZE });
    pages.push(page);
    cursor = page.nextCursor;
  } while (cursor !== null && pages.length * PAGE_SIZE < count);
  queryClient.setQueryData(invoicesInfiniteOptions(provider, { pageSize: PAGE_SIZE }).queryKey, {
    pages,
    pageParams,
  });
  return queryClient;
}

function benchRender(count: number) {
  const provider = demoProvider(invoiceHistoryData(count));
  let queryClient: QueryClient;
  let root: Root | null = null;
  let container: HTMLElement;
  return bench(
    `render InvoiceList with ${count.toLocaleString('en')} invoices loaded`,
    () => {
      container = document.createElement('div');
      document.body.append(container);
      root = createRoot(container);
      flushSync(() =>
        root?.render(
          <SubscriptionKitProvider
            dataProvider={provider}
            queryClient={queryClient}
            i18n={i18n}
            now={demoClock}
          >
            <InvoiceList pageSize={PAGE_SIZE} />
          </SubscriptionKitProvider>,
        ),
      );
      // Layout too: what the customer waits for is pixels, not a commit.
      if (container.querySelectorAll('tbody tr').length !== Math.min(count, 100))
        throw new Error('unexpected rows');
      void container.getBoundingClientRect().height;
    },
    {
      time: 3_000,
      iterations: 10,
      setup: async () => {
        queryClient = await loadedClient(provider, count);
      },
      teardown: () => {
        flushSync(() => root?.unmount());
        container?.remove();
      },
    },
  );
}

describe('InvoiceList render time', () => {
  benchRender(50);
  benchRender(5_000);
});
