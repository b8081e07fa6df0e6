// A server component: the page itself, with the library's client components below a client boundary.
import { Billing } from './billing';

export default function Page() {
  return (
    <main>
      <h1>Workspace billing</h1>
      <Billing />
    </main>
  );
}
