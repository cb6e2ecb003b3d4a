import type { TroubleshooterChoice } from '../../content/troubleshooter';
import { diagnoseMessage } from '../diagnose';
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
  const d = diagnoseMessage(choice.text);
  return { diagnosis: { ...d, isBackupError: true, channel: choice.channel }, isBackupError: true };
}

/**
 * A typed error code. A restore or update code is said to be one, and gets the general backup
 * checks rather than causes it does not point at.
 */
export function diagnoseCode(code: string): TroubleshootAnswer {
  const d = diagnoseMessage(code);
  if (d.isBackupError) return { diagnosis: d, isBackupError: true };
  return {
    diagnosis: { ...d, isBackupError: true, channel: 'both', causes: [] },
    isBackupError: false,
  };
}
