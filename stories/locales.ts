import da from '../locales/da/subscription-kit.json';
import de from '../locales/de/subscription-kit.json';
import es from '../locales/es/subscription-kit.json';
import fr from '../locales/fr/subscription-kit.json';

/** Every shipped locale other than the built-in English, as a host that shows them passes them. */
export const shippedTranslations = { da, de, es, fr };
