import { diagnoseWithPrior } from './diagnose';
import type { Diagnosis } from './types';

/**
 * Log-odds the troubleshooter's question adds: the user has said a backup fails, so only a clear
 * sign of something else (a restore or update code such as 4013 or 9006, WhatsApp's own backup)
 * turns the answer to "not a backup problem".
 */
const ASKED_ABOUT_A_FAILING_BACKUP = 3;

/**
 * Diagnoses the words of a message the user says they see while a backup fails (a troubleshooter
 * choice's message, an error's wording, a code such as "0xE8000084"). Evidence quotes them.
 * Apart from message.ts, so the panel (which diagnoses a choice the reader picks) does not carry
 * the messages' example wordings.
 */
export function diagnoseAsked(text: string): Diagnosis {
  return diagnoseWithPrior(
    { url: '', title: '', text: typeof text === 'string' ? text : '' },
    ASKED_ABOUT_A_FAILING_BACKUP,
  );
}
