import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Our own feed fixtures, and the real samples kept beside DESIGN.md. */
export const FEEDS_DIR = path.resolve(import.meta.dirname, '../../fixtures/feeds');
export const REFERENCE_DIR = '/work/shared/reference/apple-status-feed';

export function feedFixture(name: string): string {
  return readFileSync(path.join(FEEDS_DIR, name), 'utf8');
}

export function referenceSample(name: string): string {
  return readFileSync(path.join(REFERENCE_DIR, name), 'utf8');
}

/** The clock our fixtures are written around: 2026-11-28 14:02 UTC. */
export const FIXTURE_NOW = Date.UTC(2026, 10, 28, 14, 2);
export const HOUR = 3_600_000;
