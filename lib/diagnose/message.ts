import { SIGNALS } from './signal-table';
import { diagnoseWithPrior } from './diagnose';
import type { Diagnosis } from './types';

/** A message people see when a backup fails, as the popup's troubleshooter offers it. */
export interface BackupMessage {
  /** The signal id (stable). */
  id: string;
  text: string;
}

/** The error messages we recognise, worded as people see them. */
export const BACKUP_MESSAGES: readonly BackupMessage[] = SIGNALS.flatMap((s) =>
  s.kind === 'error-message' && s.example ? [{ id: s.id, text: s.example }] : [],
);

/**
 * Log-odds the troubleshooter's question adds: the user has said a backup fails, so only a clear
 * sign of something else (a restore or update code such as 4013 or 9006, WhatsApp's own backup)
 * turns the answer to "not a backup problem".
 */
const ASKED_ABOUT_A_FAILING_BACKUP = 3;

/**
 * Diagnoses a message the user picked (a BACKUP_MESSAGES id) or typed (an error's wording or a
 * code such as "0xE8000084") in the popup's troubleshooter. Evidence quotes what was typed.
 */
export function diagnoseMessage(textOrId: string): Diagnosis {
  const typed = typeof textOrId === 'string' ? textOrId : '';
  const picked = BACKUP_MESSAGES.find((m) => m.id === typed);
  return diagnoseWithPrior(
    { url: '', title: '', text: picked ? picked.text : typed },
    ASKED_ABOUT_A_FAILING_BACKUP,
  );
}
