import { LOCALISED_SERVICE_NAMES, SERVICE_ALIASES } from '../../content/services';
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

/** Localised names compare without case, spaces or hyphens ("iCloud-Backup", "iCloud バックアップ"). */
function looseKey(name: string): string {
  return cleanText(name)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-\u2010-\u2015]+/g, '');
}

const LOCALISED: ReadonlyMap<string, { service: string; certain: boolean }> = new Map(
  LOCALISED_SERVICE_NAMES.map(({ name, service, certain }) => [
    looseKey(name),
    { service, certain },
  ]),
);

/**
 * The English feed's service a localised status-page name stands for, and whether that name is
 * known for certain (content/services.ts); null when it is none we know.
 */
export function localisedService(name: string): { service: string; certain: boolean } | null {
  return LOCALISED.get(looseKey(name)) ?? null;
}
