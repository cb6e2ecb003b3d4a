import type { StatusSnapshot } from './types';

/** The snapshot before anything is known: every reader shows "unknown", never "available". */
export const EMPTY_SNAPSHOT: StatusSnapshot = {
  services: null,
  fetchedAt: null,
  checkedAt: null,
  error: null,
  refreshing: false,
};

/**
 * Turns whatever storage holds into a snapshot. A value that is not shaped like one (an older
 * version, garbage) becomes the empty snapshot: unknown, not a crash and never a green.
 */
export function sanitizeSnapshot(value: unknown): StatusSnapshot {
  if (typeof value !== 'object' || value === null) return EMPTY_SNAPSHOT;
  const v = value as Partial<Record<keyof StatusSnapshot, unknown>>;
  const num = (x: unknown): number | null =>
    typeof x === 'number' && Number.isFinite(x) ? x : null;
  const services = Array.isArray(v.services) ? (v.services as StatusSnapshot['services']) : null;
  const error =
    typeof v.error === 'object' && v.error !== null ? (v.error as StatusSnapshot['error']) : null;
  return {
    services,
    fetchedAt: services ? num(v.fetchedAt) : null,
    checkedAt: num(v.checkedAt),
    error,
    refreshing: v.refreshing === true,
  };
}
