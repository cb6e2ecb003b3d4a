import type { Locale, LocaleCatalog } from '../catalog';

/**
 * Every translated locale's catalog, as the build writes it to `locales/<locale>.json` and
 * `_locales/` (modules/locale-catalogs.ts). A locale folder joins here with two imports
 * (`UI` from its ui.ts, `STEPS` from its steps.ts) once its translation lands;
 * tests/unit/locale-delivery.test.ts fails while a folder on disk is missing from this table.
 * A locale not here is spoken in English.
 */
export const LOCALE_CATALOGS: Partial<Record<Exclude<Locale, 'en'>, LocaleCatalog>> = {};
