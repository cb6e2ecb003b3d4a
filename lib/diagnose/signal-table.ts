import { COMPILED_SIGNALS_JSON } from './compiled-signals.generated';
import { revive, type Matcher, type MatcherData } from './matcher';

export { ALL_SIGNALS } from './signals';

let compiled: Matcher | null = null;

/**
 * Revived on first use from the tables compiled at build time (`npm run generate`), so loading
 * the module on an unrelated page costs nothing and a page never parses the patterns.
 */
export function signalMatcher(): Matcher {
  compiled ??= revive(JSON.parse(COMPILED_SIGNALS_JSON) as MatcherData);
  return compiled;
}
