import type { ReactNode } from 'react';
import 'subscription-kit/styles.css';

export const metadata = { title: 'Billing' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
