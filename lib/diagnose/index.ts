import { CJK_SIGNALS_JSON } from './cjk-signals.generated';
import { addCjkPart, type SignalPart } from './signal-table';

export type { CauseFinding, CauseId, Channel, Diagnosis, Evidence, PageText } from './types';
export { CAUSE_IDS } from './types';
export { diagnose, emptyDiagnosis, explain, MAX_TEXT } from './diagnose';
export { diagnoseMessage, BACKUP_MESSAGES, type BackupMessage } from './message';
export { readPage, MAX_PAGE_TEXT } from './read-page';

// Here every language is read (Node, the tests, the eval): the CJK part of the tables comes with
// the core. The panel imports the core modules instead and loads that part from the extension's
// file, only on a page with a CJK character. The troubleshooter (lib/troubleshoot) reads the core
// alone: its words, a choice's English message or an error code, never hold a CJK character.
addCjkPart(JSON.parse(CJK_SIGNALS_JSON) as SignalPart);
