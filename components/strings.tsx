import { createContext, useContext, type Accessor, type JSX } from 'solid-js';
import { EN_STRINGS, type Strings } from '../lib/i18n/strings';

/**
 * The surface's language for every component under it (lib/i18n/strings.ts). An accessor: the
 * options' language setting changes it live, and every word follows.
 */
const StringsContext = createContext<Accessor<Strings>>(() => EN_STRINGS);

export function StringsProvider(props: {
  strings: Accessor<Strings>;
  children: JSX.Element;
}): JSX.Element {
  return <StringsContext.Provider value={props.strings}>{props.children}</StringsContext.Provider>;
}

/** The words and formatting of the surface's language. */
export function useStrings(): Accessor<Strings> {
  return useContext(StringsContext);
}
