import type { Signal } from '../types';
import { DE_SIGNALS } from './de';
import { ES_SIGNALS } from './es';
import { FR_SIGNALS } from './fr';
import { IT_SIGNALS } from './it';
import { JA_SIGNALS } from './ja';
import { KO_SIGNALS } from './ko';
import { PT_SIGNALS } from './pt';
import { ZH_SIGNALS } from './zh';

/**
 * The signals of the nine languages besides English, each language in its own file (Chinese in
 * one, simplified and traditional alike). English
 * signals (signals.ts, negatives.ts) also apply to them where the words are the same (iTunes,
 * Finder, Wi-Fi, error codes, WhatsApp, Time Machine).
 */
export const LANGUAGE_SIGNALS: Signal[] = [
  ...DE_SIGNALS,
  ...FR_SIGNALS,
  ...ES_SIGNALS,
  ...IT_SIGNALS,
  ...PT_SIGNALS,
  ...JA_SIGNALS,
  ...KO_SIGNALS,
  ...ZH_SIGNALS,
];
