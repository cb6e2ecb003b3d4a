import type { ChoiceId } from './strings/choices';
import type { Channel } from './vocabulary';

/**
 * The popup's "What do you see?" choices: the messages people actually see when a backup fails,
 * grouped by where they see them. Each choice carries the words `diagnose` reads for it (the
 * message as the device or the computer shows it), so a choice becomes a real Diagnosis and the
 * same plan as the panel would give on a page quoting that message.
 * Wording: shared/DOMAIN.md section 4; each entry is checked against `diagnose` in
 * tests/unit/troubleshooter.test.ts (isBackupError, channel and the expected top cause).
 */
export type ChoiceGroup = 'device' | 'computer' | 'other';

export interface TroubleshooterChoice {
  /** Its button's words are CHOICE_LABELS[id] (content/strings/choices.ts). */
  id: ChoiceId;
  group: ChoiceGroup;
  /** The text `diagnose` reads: the message in full, as shown. */
  text: string;
  /** Which backup the message is about, when the text alone may not say. */
  channel: Exclude<Channel, 'none'>;
}

export const TROUBLESHOOTER_CHOICES: readonly TroubleshooterChoice[] = [
  {
    id: 'iphone-backup-failed',
    group: 'device',
    text: 'iPhone Backup Failed. iCloud backup failed on my iPhone.',
    channel: 'icloud',
  },
  {
    id: 'not-enough-icloud-storage',
    group: 'device',
    text: 'Not Enough Storage. This iPhone cannot be backed up because there is not enough iCloud storage available.',
    channel: 'icloud',
  },
  {
    id: 'last-backup-not-completed',
    group: 'device',
    text: 'iCloud Backup: The last backup could not be completed.',
    channel: 'icloud',
  },
  {
    id: 'icloud-backup-greyed-out',
    group: 'device',
    text: 'iCloud Backup is greyed out in Settings and I cannot turn on Back Up This iPhone, so my iPhone will not back up.',
    channel: 'icloud',
  },
  {
    id: 'computer-error-occurred',
    group: 'computer',
    text: 'iTunes could not back up the iPhone because an error occurred.',
    channel: 'computer',
  },
  {
    id: 'computer-backup-corrupt',
    group: 'computer',
    text: 'iTunes could not back up the iPhone because the backup was corrupt or not compatible with the iPhone.',
    channel: 'computer',
  },
  {
    id: 'computer-iphone-disconnected',
    group: 'computer',
    text: 'The iPhone could not be backed up because the iPhone disconnected.',
    channel: 'computer',
  },
  {
    id: 'computer-not-enough-space',
    group: 'computer',
    text: 'The iPhone could not be backed up because there is not enough free space available on this computer.',
    channel: 'computer',
  },
  {
    id: 'computer-session-failed',
    group: 'computer',
    text: 'iTunes could not back up the iPhone because the backup session failed.',
    channel: 'computer',
  },
  {
    id: 'no-backup-no-message',
    group: 'other',
    text: 'My iPhone is not backing up to iCloud automatically overnight and shows no error message.',
    channel: 'icloud',
  },
  {
    id: 'not-sure',
    group: 'other',
    text: 'My iPhone backup failed.',
    channel: 'both',
  },
];
