/** The compact card on Apple's System Status page. */
export const STATUS_CARD_STRINGS = {
  label: 'Backup Doctor',
  headline: 'iCloud Backup is {state}',
  headlineUnknown: 'We don’t know iCloud Backup’s status right now',
  fromFeed: 'From Apple’s status feed, {checked}.',
  fromPage: 'As this page shows it, {time}.',
  alsoAffected: 'Also affected',
  relatedState: '{service}: {state}',
  fixLink: 'Steps to fix a backup that fails',
  /** Our panel shows the matching fix steps on this article (DESIGN.md: support.content). */
  fixUrl: 'https://support.apple.com/en-us/102563',
  waitAdvice: 'This is on Apple’s side: wait for it to end, then back up again.',
} as const;
