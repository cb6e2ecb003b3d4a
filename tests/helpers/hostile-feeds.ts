/**
 * Hostile and faulty status feed bodies, generated (the huge ones are never committed). Shared by
 * the unit tests of the parser and service and the e2e tests of the background.
 */

/** Markup that must only ever appear as text. */
export const SCRIPT_TEXT = '<img src=x onerror=alert(1)><script>alert(2)</script>';

export const FIXTURE_START = Date.UTC(2026, 10, 28, 14, 2);

interface EventOptions {
  message?: string;
  usersAffected?: string;
  statusType?: string;
  messageId?: string;
}

export function outageEvent(options: EventOptions = {}): Record<string, unknown> {
  return {
    usersAffected: options.usersAffected ?? 'Some users are affected',
    epochStartDate: FIXTURE_START,
    epochEndDate: null,
    messageId: options.messageId ?? 'hostile-1',
    statusType: options.statusType ?? 'Outage',
    datePosted: '11/28/2026 06:30 PST',
    startDate: '11/28/2026 06:02 PST',
    endDate: null,
    affectedServices: ['iCloud Backup'],
    eventStatus: 'ongoing',
    message: options.message ?? 'Users may be unable to back up.',
  };
}

/** A well-formed feed: iCloud Backup with `events`, plus `extra` services. */
export function feedBody(events: unknown[] = [], extra: unknown[] = []): string {
  return JSON.stringify({
    drpost: false,
    drMessage: null,
    services: [{ redirectUrl: null, serviceName: 'iCloud Backup', events }, ...extra],
  });
}

/** An iCloud Backup outage whose message, users line and a service name carry markup. */
export function scriptFeed(): string {
  return feedBody(
    [outageEvent({ message: `Apple says ${SCRIPT_TEXT}`, usersAffected: `Users ${SCRIPT_TEXT}` })],
    [{ redirectUrl: null, serviceName: SCRIPT_TEXT, events: [] }],
  );
}

/** About `megabytes` of valid feed: many services with long messages. */
export function hugeFeed(megabytes: number): string {
  const filler = 'x'.repeat(1_000);
  const count = Math.ceil((megabytes * 1_000_000) / 1_100);
  const extra = Array.from({ length: count }, (_, i) => ({
    redirectUrl: null,
    serviceName: `Service ${i}`,
    events: [{ ...outageEvent({ messageId: `m${i}` }), message: filler }],
  }));
  return feedBody([], extra);
}

/** `depth` nested arrays, alone or as the value of `services`. */
export function nestedArrays(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

export function nestedServices(depth: number): string {
  return `{"services":${nestedArrays(depth)}}`;
}

/** iCloud Backup's events nested deep: the one service we care about must not read as fine. */
export function nestedEvents(depth: number): string {
  return `{"services":[{"serviceName":"iCloud Backup","events":${nestedArrays(depth)}}]}`;
}

/** A valid feed cut off in the middle. */
export function truncatedFeed(): string {
  const whole = feedBody([outageEvent()]);
  return whole.slice(0, Math.floor(whole.length / 2));
}

/** Every field of a service and an event holding the wrong type. */
export function wrongTypesFeed(): string {
  return JSON.stringify({
    drpost: 'yes',
    drMessage: 42,
    services: [
      null,
      7,
      'iCloud Backup',
      [],
      { serviceName: 12, events: [] },
      { serviceName: { name: 'iCloud Backup' }, events: [] },
      {
        serviceName: 'iCloud Backup',
        redirectUrl: 5,
        events: [
          {
            usersAffected: [],
            epochStartDate: 'soon',
            epochEndDate: {},
            messageId: { id: 1 },
            statusType: 3,
            eventStatus: ['ongoing'],
            message: { text: SCRIPT_TEXT },
            affectedServices: 'iCloud Backup',
          },
          'ongoing',
        ],
      },
      { serviceName: 'iCloud Drive', events: 'none' },
    ],
  });
}
