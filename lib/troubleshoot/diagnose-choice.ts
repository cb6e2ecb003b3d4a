import type { TroubleshooterChoice } from '../../content/troubleshooter';
// The core modules, not lib/diagnose's index: the panel diagnoses a reader's choice too, and
// its code does not carry the CJK part of the tables. These words (a choice's English message,
// an error code) never hold a CJK character, so that part could find nothing in them.
import { diagnoseAsked } from '../diagnose/asked';
import { explain } from '../diagnose/diagnose';
import type { Diagnosis } from '../diagnose/types';

/** What the troubleshooter learned: the diagnosis and, for a code, whether it is a backup code. */
export interface TroubleshootAnswer {
  diagnosis: Diagnosis;
  /** False for a code Apple uses for restores and updates (4013, 9006, ...). */
  isBackupError: boolean;
}

/**
 * A picked message, through the same `diagnose` as the panel. The person told us they see it
 * while backing up, and where (device or computer), so those two facts override what the words
 * alone suggest; the causes and evidence are diagnose's.
 */
export function diagnoseChoice(choice: TroubleshooterChoice): TroubleshootAnswer {
  const d = diagnoseAsked(choice.text);
  // The message is the person's own: what it points at is theirs, as on a report.
  return {
    diagnosis: { ...d, isBackupError: true, channel: choice.channel, pageKind: 'report' },
    isBackupError: true,
  };
}

/**
 * A typed error code, read as "Error <code>" so a bare "-36" is still taken for a code. Whether
 * it is a backup code is what the code's own signals say (their net weight toward "backup"),
 * not the troubleshooter's "my backup fails" context: a restore or update code (4013, 9006) is
 * said to be one, and gets the general backup checks rather than causes it does not point at.
 * An unknown code is taken at the person's word: a backup problem with no known cause.
 */
export function diagnoseCode(code: string): TroubleshootAnswer {
  const text = `Error ${code}`;
  const pointsAway =
    explain({ url: '', title: '', text }).reduce((sum, signal) => sum + signal.backup, 0) < 0;
  const d: Diagnosis = { ...diagnoseAsked(text), pageKind: 'report' };
  if (!pointsAway) return { diagnosis: { ...d, isBackupError: true }, isBackupError: true };
  return {
    diagnosis: { ...d, isBackupError: true, channel: 'both', causes: [] },
    isBackupError: false,
  };
}
