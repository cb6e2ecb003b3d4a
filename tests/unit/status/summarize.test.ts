import { describe, expect, it } from 'vitest';
import { parseStatusFeed, summarizeServices, type ServiceStatus } from '../../../lib/status';
import { FIXTURE_NOW, HOUR, feedFixture, referenceSample } from './feed-files';

function summary(body: string, now = FIXTURE_NOW): Map<string, ServiceStatus> {
  return new Map(summarizeServices(parseStatusFeed(body), now).map((s) => [s.name, s]));
}

describe('summarizeServices: each status type and event status', () => {
  const services = summary(feedFixture('every-type-and-status.json'));

  it.each([
    ['Outage ongoing', 'outage'],
    ['Issue ongoing', 'issue'],
    ['Maintenance ongoing', 'maintenance'],
    ['Performance ongoing', 'issue'],
    ['Degraded Service ongoing', 'issue'],
    ['Outage upcoming', 'available'],
    ['Maintenance upcoming', 'available'],
    ['Outage resolved', 'available'],
    ['Issue completed', 'available'],
    ['Performance resolved', 'available'],
    ['Degraded Service completed', 'available'],
  ])('%s makes the service %s', (name, state) => {
    expect(services.get(name)?.state).toBe(state);
  });

  it.each([
    ['ongoing', 'ongoing'],
    ['upcoming', 'scheduled'],
    ['resolved', 'resolved'],
    ['completed', 'resolved'],
  ])('an event %s is in the %s phase', (status, phase) => {
    for (const type of ['Outage', 'Issue', 'Maintenance', 'Performance']) {
      expect(services.get(`${type} ${status}`)?.events[0]?.phase).toBe(phase);
    }
  });

  it('keeps Apple’s statusType word and maps unknown types to issue', () => {
    expect(services.get('Degraded Service ongoing')?.events[0]).toMatchObject({
      statusType: 'Degraded Service',
      state: 'issue',
    });
  });
});

describe('summarizeServices: several events on one service', () => {
  const service = summary(feedFixture('every-type-and-status.json')).get('Several events');

  it('takes the worst ongoing event: an issue beats maintenance, an upcoming outage does not count', () => {
    expect(service?.state).toBe('issue');
  });

  it('orders events ongoing (worst first), then scheduled (soonest first), then history', () => {
    expect(service?.events.map((e) => [e.messageId, e.phase])).toEqual([
      ['3000100002', 'ongoing'],
      ['3000100001', 'ongoing'],
      ['3000100005', 'scheduled'],
      ['3000100004', 'scheduled'],
      ['3000100003', 'resolved'],
    ]);
  });
});

describe('summarizeServices: eventStatus missing, the dates decide', () => {
  const services = summary(feedFixture('no-event-status.json'));
  it.each([
    ['Started, no end', 'outage', 'ongoing'],
    ['Started, ends later', 'outage', 'ongoing'],
    ['Ended', 'available', 'resolved'],
    ['Not started', 'available', 'scheduled'],
  ])('%s: %s (%s)', (name, state, phase) => {
    expect(services.get(name)?.state).toBe(state);
    expect(services.get(name)?.events[0]?.phase).toBe(phase);
  });

  it('an open-ended event seen again after its end date has passed is resolved', () => {
    const later = summary(feedFixture('no-event-status.json'), FIXTURE_NOW + 2 * HOUR);
    expect(later.get('Started, ends later')?.state).toBe('available');
    expect(later.get('Started, no end')?.state).toBe('outage');
  });
});

describe('summarizeServices: one incident under several services', () => {
  const services = summary(feedFixture('backup-outage.json'));

  it('marks every affected service, entity-decoded', () => {
    expect(services.get('iCloud Backup')?.state).toBe('outage');
    expect(services.get('iCloud Account & Sign In')?.state).toBe('outage');
    expect(services.get('iCloud Drive')?.state).toBe('issue');
    expect(services.get('Apple Account')?.state).toBe('available');
  });

  it('lists the incident once per service, with Apple’s message decoded', () => {
    expect(services.get('iCloud Backup')?.events).toEqual([
      {
        messageId: '1000009101',
        state: 'outage',
        phase: 'ongoing',
        statusType: 'Outage',
        message: 'Users may be unable to back up to iCloud & restore from a backup.',
        usersAffected: 'Some users are affected',
        start: FIXTURE_NOW,
        end: null,
      },
    ]);
  });

  it('carries an incident to a service named in affectedServices that does not list it', () => {
    const feed = parseStatusFeed(feedFixture('backup-outage.json'));
    const withoutCopy = {
      ...feed,
      services: feed.services.filter((s) => s.serviceName !== 'iCloud Account & Sign In'),
    };
    withoutCopy.services.push({
      serviceName: 'iCloud Account & Sign In',
      redirectUrl: null,
      events: [],
    });
    const result = summarizeServices(withoutCopy, FIXTURE_NOW);
    expect(result.find((s) => s.name === 'iCloud Account & Sign In')?.state).toBe('outage');
  });
});

describe('summarizeServices: what cannot be read is unknown, never available', () => {
  const services = summary(feedFixture('wrong-types.json'));
  it.each([
    ['iCloud Backup', 'available'],
    ['iCloud Drive', 'unknown'],
    ['Photos', 'unknown'],
    ['iCloud Storage Upgrades', 'outage'],
    ['Apple Account', 'available'],
  ])('%s is %s', (name, state) => {
    expect(services.get(name)?.state).toBe(state);
  });
});

describe('summarizeServices: our scenario feeds', () => {
  it.each([
    ['all-available.json', 'available'],
    ['backup-outage.json', 'outage'],
    ['backup-issue-ongoing.json', 'issue'],
    ['backup-maintenance-ongoing.json', 'maintenance'],
    ['upcoming-maintenance.json', 'available'],
    ['resolved-yesterday.json', 'available'],
    ['jsonp-with-bom.jsonp', 'outage'],
  ])('%s: iCloud Backup is %s', (file, state) => {
    expect(summary(feedFixture(file)).get('iCloud Backup')?.state).toBe(state);
  });

  it('shows upcoming maintenance as scheduled and resolved events as history', () => {
    expect(
      summary(feedFixture('upcoming-maintenance.json')).get('iCloud Backup')?.events[0]?.phase,
    ).toBe('scheduled');
    expect(
      summary(feedFixture('resolved-yesterday.json')).get('iCloud Backup')?.events[0]?.phase,
    ).toBe('resolved');
  });
});

describe('summarizeServices on Apple’s real payloads', () => {
  it('2021 consumer feed: iCloud Mail outage ongoing, iCloud Keychain resolved, iCloud Backup available', () => {
    const now = Date.UTC(2021, 3, 26, 14, 0);
    const services = summary(
      referenceSample('consumer_2021-04-26_one-ongoing_statusbuddy.json'),
      now,
    );
    expect(services.get('iCloud Mail')?.state).toBe('outage');
    expect(services.get('iCloud Mail')?.events[0]?.phase).toBe('ongoing');
    expect(services.get('iCloud Keychain')?.state).toBe('available');
    expect(services.get('iCloud Keychain')?.events[0]?.phase).toBe('resolved');
    expect(services.get('iCloud Backup')?.state).toBe('available');
    expect(services.get('iCloud Account & Sign In')?.state).toBe('available');
    const unhealthy = [...services.values()].filter((s) => s.state !== 'available');
    expect(unhealthy.map((s) => s.name)).toEqual(['iCloud Mail']);
  });

  it('2024 developer excerpt: the upcoming maintenance is scheduled, not a problem', () => {
    const now = Date.UTC(2024, 4, 11, 16, 0);
    const services = summary(
      referenceSample('developer_2024-05-11_upcoming-maintenance_EXCERPT.json'),
      now,
    );
    const testflight = services.get('App Store Connect - TestFlight');
    expect(testflight?.state).toBe('available');
    expect(testflight?.events.map((e) => e.phase)).toEqual(['scheduled', 'resolved']);
    expect([...services.values()].every((s) => s.state === 'available')).toBe(true);
  });

  it('2020 developer feed: its one ongoing maintenance is the only unhealthy state', () => {
    const services = summarizeServices(
      parseStatusFeed(referenceSample('developer_2020-11-02_statusbuddy.json')),
      Date.UTC(2020, 10, 2, 20, 0),
    );
    const unhealthy = services.filter((s) => s.state !== 'available');
    expect(unhealthy.length).toBeGreaterThan(0);
    expect(unhealthy.every((s) => s.state === 'maintenance')).toBe(true);
  });
});
