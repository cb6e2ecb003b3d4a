import { whenSettled } from './page-events';
import type { startWatching } from './watching';
import { watchPage } from './watch-page';

/**
 * What support-gate.js runs at document_start on every Apple page: the wait for the load, then
 * the gate's first reading (watch-page.ts), and nothing else. The rest of the file (index.ts and
 * all it imports: the watching that follows a page which may become a backup page) is the body
 * of `backupDoctorGate`, wrapped so by modules/gate-build.ts: V8 only pre-parses a function until
 * it is first called, so a page that never needs the watching never compiles it. The first
 * reading stays here: made the body of a function of its own as well, it took 0.1-0.2 ms out of
 * the load but added 0.5-1.0 ms to the reading, which then compiled all of it (traced, c58c015).
 */
declare function backupDoctorGate(): typeof startWatching;

const start: typeof startWatching = (...args) => backupDoctorGate()(...args);

// Bound, not wrapped in an arrow: one function less to compile on every page.
whenSettled(watchPage.bind(undefined, start), !import.meta.env.CHROME);
