import { diagnoseAsked } from './asked';
import { BACKUP_MESSAGES_JSON } from './messages.generated';
import type { Diagnosis } from './types';

/** A message people see when a backup fails, as the popup's troubleshooter offers it. */
export interface BackupMessage {
  /** The signal id (stable). */
  id: string;
  text: string;
}

/**
 * The error messages we recognise, worded as people see them (each error-message signal's
 * `example`, in the tables' order). Generated apart from the signals' weights: only the
 * troubleshooter reads them, and the page's panel does not carry them.
 */
export const BACKUP_MESSAGES: readonly BackupMessage[] = JSON.parse(
  BACKUP_MESSAGES_JSON,
) as BackupMessage[];

/**
 * Diagnoses a message the user picked (a BACKUP_MESSAGES id) or typed (an error's wording or a
 * code such as "0xE8000084") in the popup's troubleshooter. Evidence quotes what was typed.
 */
export function diagnoseMessage(textOrId: string): Diagnosis {
  const typed = typeof textOrId === 'string' ? textOrId : '';
  const picked = BACKUP_MESSAGES.find((m) => m.id === typed);
  return diagnoseAsked(picked ? picked.text : typed);
}
