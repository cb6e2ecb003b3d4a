import { ALL_SIGNALS } from './signal-table';
import { diagnose } from './diagnose';
import type { Diagnosis } from './types';

/** A message people see when a backup fails, as the popup's troubleshooter offers it. */
export interface BackupMessage {
  /** The signal id (stable). */
  id: string;
  text: string;
}

/** The error messages we recognise, worded as people see them. */
export const BACKUP_MESSAGES: readonly BackupMessage[] = ALL_SIGNALS.flatMap((s) =>
  s.kind === 'error-message' && s.example ? [{ id: s.id, text: s.example }] : [],
);

/** The troubleshooter's question already says "my backup fails"; the message adds the detail. */
const CONTEXT_TITLE = 'Backup failed';

/**
 * Diagnoses a message the user picked (a BACKUP_MESSAGES id) or typed (an error's wording or a
 * code such as "0xE8000084") in the popup's troubleshooter. It is read as a page titled "Backup
 * failed" whose text is the message, so a bare code still counts as a backup problem while a
 * restore or update code ("4013", "9006") still says it is not one. Evidence quotes the message.
 */
export function diagnoseMessage(textOrId: string): Diagnosis {
  const typed = typeof textOrId === 'string' ? textOrId : '';
  const picked = BACKUP_MESSAGES.find((m) => m.id === typed);
  const d = diagnose({ url: '', title: CONTEXT_TITLE, text: picked ? picked.text : typed });
  return {
    ...d,
    causes: d.causes.map((c) => ({ ...c, evidence: c.evidence.filter((e) => e.kind !== 'title') })),
  };
}
