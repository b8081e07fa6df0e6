import { useTranslation } from 'react-i18next';
import { NAMESPACE } from '../i18n';
import { useSubscriptionKitContext } from './subscription-kit-context';

/**
 * The library's `t`, bound to its namespace and to the provider's locale. Uses the provider's i18next
 * instance explicitly, so a host's own `I18nextProvider` never leaks in.
 */
export function useLibraryTranslation(consumerName: string) {
  const { i18n, locale } = useSubscriptionKitContext(consumerName);
  return useTranslation(NAMESPACE, { i18n, lng: locale });
}
