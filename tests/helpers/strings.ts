import { createStrings, EN_CATALOG } from '../../lib/i18n/strings';

/**
 * English as a British browser writes it (a 24-hour clock, "27 Nov"): the tests that check
 * English sentences with times pin it, so they read the same on any machine. The clocks of other
 * locales are checked in tests/unit/i18n-strings.test.ts.
 */
export const EN_GB = createStrings(EN_CATALOG, 'en-GB');
