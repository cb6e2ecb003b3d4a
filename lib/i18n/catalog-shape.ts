import {
  EN_UI,
  type Locale,
  type LocaleCatalog,
  type StepCatalog,
} from '../../content/strings/catalog';
import { isRecord } from '../untrusted';

/**
 * Checks a catalog loaded from the extension's files before any surface uses it: the same keys
 * as English, a string wherever English has one, plural forms wherever English has them, and
 * step translations of the right kinds. A file that does not pass is not used (English is).
 */

const PLURAL_CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

type Node = string | { readonly [key: string]: Node };

function isPluralForms(english: Record<string, unknown>): boolean {
  return 'other' in english && Object.keys(english).every((k) => PLURAL_CATEGORIES.has(k));
}

function sameShape(english: Node, value: unknown): boolean {
  if (typeof english === 'string') return typeof value === 'string';
  if (!isRecord(value)) return false;
  if (isPluralForms(english)) {
    return (
      typeof value.other === 'string' &&
      Object.entries(value).every(([k, v]) => PLURAL_CATEGORIES.has(k) && typeof v === 'string')
    );
  }
  return Object.entries(english).every(([key, node]) => sameShape(node, value[key]));
}

const optionalString = (v: unknown) => v === undefined || typeof v === 'string';

function isWords(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const { instructions, title, where, check, caution } = value;
  return (
    [title, where, check, caution].every(optionalString) &&
    (instructions === undefined ||
      (Array.isArray(instructions) && instructions.every((s) => typeof s === 'string')))
  );
}

function isStepCatalog(value: unknown): value is StepCatalog {
  if (!isRecord(value) || !isRecord(value.steps) || !Array.isArray(value.unsure)) return false;
  return Object.values(value.steps).every(
    (step) =>
      isWords(step) &&
      isRecord(step) &&
      (step.ios === undefined || (Array.isArray(step.ios) && step.ios.every(isWords))) &&
      (step.computer === undefined ||
        (isRecord(step.computer) && Object.values(step.computer).every(isWords))),
  );
}

/** True when `value` is a whole catalog for `locale`, safe to speak from. */
export function isLocaleCatalog(value: unknown, locale: Locale): value is LocaleCatalog {
  return (
    isRecord(value) &&
    value.locale === locale &&
    sameShape(EN_UI as unknown as Node, value.ui) &&
    isStepCatalog(value.steps)
  );
}
