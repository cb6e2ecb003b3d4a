/**
 * The attribute a content script sets on <html> once it has run and decided; the e2e suite
 * waits on it. Only a test build (`wxt build --mode test`) sets it: a production build adds
 * nothing to a page the panel or the card does not appear on, so no page can tell we are here.
 */
export const READY_ATTRIBUTE = 'data-backup-doctor';
export const READY_VALUE = 'ready';
export const MARKS_READY: boolean = import.meta.env.MODE === 'test';
/**
 * Likewise only in a test build: the attribute the support gate sets on <html> after each
 * reading of the page (whether the gate stayed shut or the panel's controller decided): how many
 * readings are done. Tests that expect no panel wait on it instead of sleeping.
 */
export const READ_ATTRIBUTE = 'data-backup-doctor-read';
