import { createEffect, createSignal, on, onCleanup, type Accessor, type Setter } from 'solid-js';
import { teardown } from '../../lib/content-script/lifetime';

/**
 * A stored value kept per key (a problem's progress, its "What do you see?" answer): read when
 * the key changes, followed while it stays, `empty` until the read answers. A watch may outlive
 * the extension under an old page: its removal must not throw (teardown).
 */
export function createKeyedValue<T>(
  key: Accessor<string>,
  empty: T,
  read: (key: string) => Promise<T>,
  watch: (key: string, callback: (value: T) => void) => () => void,
): [Accessor<T>, Setter<T>] {
  const [value, setValue] = createSignal<T>(empty);
  createEffect(
    on(key, (k) => {
      setValue(() => empty);
      read(k).then(
        (v) => key() === k && setValue(() => v),
        () => undefined,
      );
      const unwatch = watch(k, (v) => setValue(() => v));
      onCleanup(() => teardown(unwatch));
    }),
  );
  return [value, setValue];
}
