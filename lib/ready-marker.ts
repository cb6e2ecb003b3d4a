/**
 * The attribute a content script sets on <html> once it has run and decided; the e2e suite
 * waits on it. Only a test build (`wxt build --mode test`) sets it: a production build adds
 * nothing to a page the panel or the card does not appear on, so no page can tell we are here.
 */
export const READY_ATTRIBUTE = 'data-backup-doctor';
export const READY_VALUE = 'ready';
export const MARKS_READY: boolean = import.meta.env.MODE === 'test';
