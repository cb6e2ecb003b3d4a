import type { Signal } from '../../content/diagnosis/types';
import { COMPILED_SIGNALS_JSON, SIGNAL_WEIGHTS_JSON } from './compiled-signals.generated';
import { revive, type Matcher, type MatcherData } from './matcher';

/**
 * What a page needs of a signal: its weights, not its patterns, where they are proven, nor the
 * example wording only the troubleshooter shows (messages.generated.ts).
 */
export type SignalWeights = Omit<Signal, 'patterns' | 'fixture' | 'unsure' | 'example'>;

/** Every signal's weights, in the tables' order: a hit's `signal` indexes it. */
export const SIGNALS: readonly SignalWeights[] = JSON.parse(SIGNAL_WEIGHTS_JSON) as SignalWeights[];

let compiled: Matcher | null = null;

/**
 * Revived on first use from the tables compiled at build time (`npm run generate`), so loading
 * the module on an unrelated page costs nothing and a page never parses the patterns.
 */
export function signalMatcher(): Matcher {
  compiled ??= revive(JSON.parse(COMPILED_SIGNALS_JSON) as MatcherData);
  return compiled;
}
