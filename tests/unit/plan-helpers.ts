import type { CauseId, Channel, Diagnosis } from '../../lib/diagnose/types';
import type { ServiceStatus, StatusEvent } from '../../lib/status/types';

/** A diagnosis with the given channel and causes (score order as given). */
export function diagnosis(channel: Channel, causes: [CauseId, number][] = []): Diagnosis {
  return {
    isBackupError: true,
    confidence: 0.9,
    channel,
    causes: causes.map(([id, score]) => ({ id, score, evidence: [] })),
    errorCodes: [],
  };
}

export function event(overrides: Partial<StatusEvent> = {}): StatusEvent {
  return {
    messageId: 'm1',
    state: 'outage',
    phase: 'ongoing',
    statusType: 'Outage',
    message: 'Users may be unable to back up to iCloud.',
    usersAffected: 'Some users are affected',
    start: Date.UTC(2026, 10, 28, 14, 2),
    end: null,
    ...overrides,
  };
}

export function service(name: string, events: StatusEvent[] = []): ServiceStatus {
  const ongoing = events.filter((e) => e.phase === 'ongoing');
  return { name, state: ongoing[0]?.state ?? 'available', events };
}
