import type { ServiceState } from '../vocabulary';

/**
 * Every string the popup shows. State words, times and feed errors come from
 * content/strings/status.ts (shared with the badge and the status card) so every surface says
 * the same thing; these are the popup's own.
 */
export const POPUP_STRINGS = {
  title: 'Backup Doctor',
  /** The big line under the service name: a whole sentence per state. */
  headline: {
    available: 'Working normally',
    maintenance: 'Under maintenance',
    issue: 'Having an issue',
    outage: 'Down (outage)',
    unknown: 'Status unknown',
  } satisfies Record<ServiceState, string>,
  /** What the state means for the person reading, under the headline. */
  meaning: {
    available:
      'Apple reports no problem. If your backup fails, the cause is probably on your side.',
    maintenance: 'Apple is working on it. Backups may fail until the maintenance ends.',
    issue: 'Apple reports a problem. Your backup may fail because of it: wait, then try again.',
    outage: 'Apple reports an outage. Your backup will likely fail until Apple fixes it.',
    unknown: 'We can’t tell right now whether Apple has a problem.',
  } satisfies Record<ServiceState, string>,
  appleSays: 'Apple says:',
  affected: 'Who is affected: {who}',
  lastKnown: 'At {time} it was {state}.',
  scheduledTitle: 'Scheduled maintenance',
  scheduledUntil: '{start} to {end}',
  relatedTitle: 'Related services',
  refresh: 'Check now',
  refreshing: 'Checking…',
  refreshFailed: 'Couldn’t ask for a new check. Try again in a moment.',
  recentTitle: 'Recent iCloud Backup incidents',
  recentNone: 'No recent incidents in Apple’s feed.',
  recentWhen: '{start} to {end}',
  recentOngoingEnd: 'unknown end',
  appleLink: 'Apple System Status',
  appleLinkNewTab: '(opens in a new tab)',
  troubleshoot: 'Backup failing? Find the fix',
  settings: 'Settings',
  backToStatus: 'Back to the status',
  picker: {
    title: 'What do you see?',
    intro: 'Pick the message closest to yours, or type the error code.',
    groups: {
      device: 'On the iPhone or iPad',
      computer: 'On the computer (Finder, iTunes or Apple Devices)',
      other: 'Something else',
    },
    codeLabel: 'Error code',
    codeHint: 'As shown, for example 0xE8000084 or -36.',
    codeSubmit: 'Find the fix',
    codeInvalid: 'That doesn’t look like an error code. Codes look like 0xE8000084, -36 or 4013.',
  },
  plan: {
    backToPicker: 'Back to “What do you see?”',
    youSaw: 'You see: {what}',
    forCode: 'error {code}',
    headlineGeneral: '{channel}: the usual checks',
    generalNote:
      'Nothing you picked points at one cause, so these are the usual checks, safest first.',
    notBackup:
      '{code} isn’t a backup error: Apple’s software shows it when restoring or updating an iPhone or iPad. If your backup fails too, these usual checks come first.',
  },
} as const;
