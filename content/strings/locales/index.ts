import type { Locale, LocaleCatalog } from '../catalog';
import { UI as DE_UI } from './de/ui';
import { STEPS as DE_STEPS } from './de/steps';
import { UI as ES_UI } from './es/ui';
import { STEPS as ES_STEPS } from './es/steps';
import { UI as FR_UI } from './fr/ui';
import { STEPS as FR_STEPS } from './fr/steps';
import { UI as IT_UI } from './it/ui';
import { STEPS as IT_STEPS } from './it/steps';
import { UI as JA_UI } from './ja/ui';
import { STEPS as JA_STEPS } from './ja/steps';
import { UI as KO_UI } from './ko/ui';
import { STEPS as KO_STEPS } from './ko/steps';
import { UI as PT_BR_UI } from './pt-BR/ui';
import { STEPS as PT_BR_STEPS } from './pt-BR/steps';
import { UI as ZH_CN_UI } from './zh-CN/ui';
import { STEPS as ZH_CN_STEPS } from './zh-CN/steps';
import { UI as ZH_TW_UI } from './zh-TW/ui';
import { STEPS as ZH_TW_STEPS } from './zh-TW/steps';

/**
 * Every translated locale's catalog, as the build writes it to `locales/<locale>.json` and
 * `_locales/` (modules/locale-catalogs.ts). A locale folder joins here with two imports
 * (`UI` from its ui.ts, `STEPS` from its steps.ts) once its translation lands;
 * tests/unit/locale-delivery.test.ts fails while a folder on disk is missing from this table.
 * A locale not here is spoken in English.
 */
export const LOCALE_CATALOGS: Partial<Record<Exclude<Locale, 'en'>, LocaleCatalog>> = {
  de: { locale: 'de', ui: DE_UI, steps: DE_STEPS },
  fr: { locale: 'fr', ui: FR_UI, steps: FR_STEPS },
  es: { locale: 'es', ui: ES_UI, steps: ES_STEPS },
  it: { locale: 'it', ui: IT_UI, steps: IT_STEPS },
  'pt-BR': { locale: 'pt-BR', ui: PT_BR_UI, steps: PT_BR_STEPS },
  ja: { locale: 'ja', ui: JA_UI, steps: JA_STEPS },
  ko: { locale: 'ko', ui: KO_UI, steps: KO_STEPS },
  'zh-CN': { locale: 'zh-CN', ui: ZH_CN_UI, steps: ZH_CN_STEPS },
  'zh-TW': { locale: 'zh-TW', ui: ZH_TW_UI, steps: ZH_TW_STEPS },
};
