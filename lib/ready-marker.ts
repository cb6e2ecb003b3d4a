/** The attribute a content script sets on <html> once it has run; tests wait on it. */
export const READY_ATTRIBUTE = 'data-backup-doctor';
export const READY_VALUE = 'ready';
