import { getSnapshot } from '../../lib/status/browser-snapshot-read';
import type { StatusSnapshot } from '../../lib/status/types';

/**
 * The popup's first storage read, started when its script first runs: the entry imports this
 * module before Solid and the views, so the read overlaps their set-up instead of following it.
 */
export const cachedSnapshot: Promise<StatusSnapshot> = getSnapshot();
