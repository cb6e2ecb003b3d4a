export type { CauseFinding, CauseId, Channel, Diagnosis, Evidence, PageText } from './types';
export { CAUSE_IDS } from './types';
export { diagnose, emptyDiagnosis, explain, MAX_TEXT } from './diagnose';
export { diagnoseMessage, BACKUP_MESSAGES, type BackupMessage } from './message';
export { readPage, readGateTexts, MAX_PAGE_TEXT } from './read-page';
