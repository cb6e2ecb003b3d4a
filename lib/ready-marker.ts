/** The attribute a content script sets on <html> once it has run; tests wait on it. */
export const READY_ATTRIBUTE = 'data-backup-doctor';
export const READY_VALUE = 'ready';
/**
 * How many readings of the page the gate has finished, each ending in its decision (panel shown,
 * updated, or nothing). A test that something does NOT happen waits for this count, not a sleep.
 */
export const READINGS_ATTRIBUTE = 'data-backup-doctor-readings';
