import { SERVICE_ALIASES } from '../../content/services';
import { cleanText } from './entities';

function baseKey(name: string): string {
  return cleanText(name).toLowerCase();
}

const ALIAS_KEYS: ReadonlyMap<string, string> = new Map(
  Object.entries(SERVICE_ALIASES).map(([old, current]) => [baseKey(old), baseKey(current)]),
);

/**
 * The key two service names are compared by: entity-decoded, trimmed, case-insensitive, and an
 * old name mapped to today's ("Apple ID" and "Apple Account" share a key).
 */
export function serviceKey(name: string): string {
  const key = baseKey(name);
  return ALIAS_KEYS.get(key) ?? key;
}

export function sameService(a: string, b: string): boolean {
  return serviceKey(a) === serviceKey(b);
}
