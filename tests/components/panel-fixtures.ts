import type { Diagnosis } from '../../lib/diagnose/types';
import { planFixes } from '../../lib/plan';
import type { FixPlan } from '../../lib/plan/types';
import type { StatusSnapshot } from '../../lib/status/types';

export const NOW = Date.UTC(2026, 10, 28, 15, 0);

export const STORAGE_DIAGNOSIS: Diagnosis = {
  isBackupError: true,
  confidence: 0.92,
  channel: 'icloud',
  causes: [
    {
      id: 'icloud-storage-full',
      score: 0.9,
      evidence: [
        { quote: 'not enough iCloud storage', kind: 'error-message' },
        { quote: 'iPhone Backup Failed', kind: 'phrase' },
        { quote: 'support.apple.com/102563', kind: 'url' },
      ],
    },
    { id: 'network', score: 0.4, evidence: [{ quote: 'Wi-Fi connection drops', kind: 'phrase' }] },
  ],
  errorCodes: [],
};

export const STORAGE_PLAN: FixPlan = planFixes(STORAGE_DIAGNOSIS, null, { computer: 'mac' });

export function snapshot(overrides: Partial<StatusSnapshot> = {}): StatusSnapshot {
  return {
    services: [{ name: 'iCloud Backup', state: 'available', events: [] }],
    fetchedAt: NOW - 3 * 60_000,
    checkedAt: NOW - 3 * 60_000,
    error: null,
    refreshing: false,
    ...overrides,
  };
}
