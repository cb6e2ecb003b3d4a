import type { Diagnosis } from '../../lib/diagnose/types';
import { planFixes } from '../../lib/plan';
import type { PanelProps } from '../../entrypoints/panel/Panel';
import type { FixPlan } from '../../lib/plan/types';
import type { ServiceStatus, StatusSnapshot } from '../../lib/status/types';

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

/** Everything the Panel needs, for a page about not enough iCloud storage. */
export function panelProps(overrides: Partial<PanelProps> = {}): PanelProps {
  return {
    view: 'open',
    diagnosis: STORAGE_DIAGNOSIS,
    plan: STORAGE_PLAN,
    device: 'iphone',
    answer: null,
    asker: null,
    snapshot: snapshot(),
    now: NOW,
    done: [],
    fixed: false,
    computer: 'auto',
    ios: 'auto',
    detected: 'mac',
    highlight: 'off',
    summary: () => 'summary',
    copy: async () => true,
    onAnswer: () => {},
    onToggleStep: () => {},
    onFixed: () => {},
    onComputer: () => {},
    onIos: () => {},
    onShowOnPage: () => {},
    onHideOnPage: () => {},
    onCollapse: () => {},
    onExpand: () => {},
    onClose: () => {},
    ...overrides,
  };
}

/** Apple's ongoing outage on iCloud Backup, started ten minutes before NOW. */
export const OUTAGE: ServiceStatus[] = [
  {
    name: 'iCloud Backup',
    state: 'outage',
    events: [
      {
        messageId: 'x',
        state: 'outage',
        phase: 'ongoing',
        statusType: 'Outage',
        message: 'Backups are failing for some users.',
        usersAffected: '',
        start: NOW - 600_000,
        end: null,
      },
    ],
  },
];
