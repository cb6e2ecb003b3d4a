/**
 * The words on the "What do you see?" buttons (content/troubleshooter.ts): what the person sees,
 * as short as the button allows. Quoted messages are Apple's as its software shows them in the
 * locale's language.
 */
export const CHOICE_LABELS = {
  'iphone-backup-failed': '“iPhone Backup Failed” (or iPad)',
  'not-enough-icloud-storage': '“Not Enough Storage”: not enough iCloud storage available',
  'last-backup-not-completed': '“The last backup could not be completed.”',
  'icloud-backup-greyed-out': 'iCloud Backup is greyed out, or I can’t turn it on',
  'computer-error-occurred': '“…could not back up the iPhone because an error occurred”',
  'computer-backup-corrupt': '“…because the backup was corrupt or not compatible”',
  'computer-iphone-disconnected': '“…because the iPhone disconnected”',
  'computer-not-enough-space': '“…not enough free space on this computer”',
  'computer-session-failed': '“…because the backup session failed”',
  'no-backup-no-message': 'Backup just doesn’t happen, no message',
  'not-sure': 'I’m not sure',
} as const;

export type ChoiceId = keyof typeof CHOICE_LABELS;
