/** The status contract (DESIGN.md): Apple's feed text -> parsed feed -> one status per service. */
export { parseStatusFeed, StatusFeedError, type StatusFeedErrorReason } from './parse';
export { summarizeServices, stateOfType, phaseOf, worseState } from './summarize';
export { serviceKey, sameService } from './names';
export type * from './types';
