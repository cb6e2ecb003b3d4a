/** The attribute a content script sets on <html> once it has run; tests wait on it. */
export const READY_ATTRIBUTE = 'data-backup-doctor';
export const READY_VALUE = 'ready';
/**
 * The attribute the support gate sets on <html> after each reading of the page (whether the gate
 * stayed shut or the panel's controller decided): how many readings are done. Tests that expect
 * no panel wait on it instead of sleeping.
 */
export const READ_ATTRIBUTE = 'data-backup-doctor-read';
