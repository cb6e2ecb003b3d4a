/**
 * What content scripts share about their life on a page that may outlive the extension: clean-up
 * that survives the extension going away, and a host name the page cannot take from us.
 */

/**
 * Runs clean-up steps, each one even if another fails. Once the extension is reloaded, updated or
 * removed, its APIs throw "Extension context invalidated" from an old content script, even when
 * asked to remove a listener: the listener went with the extension, so there is nothing left to
 * undo, and that error must neither stop the steps after it (taking our UI off the page) nor
 * reach Apple's console as an uncaught error.
 */
export function teardown(...steps: (() => void)[]): void {
  for (const step of steps) {
    try {
      step();
    } catch {
      // What this step would undo went with the extension.
    }
  }
}

/**
 * Mounts a shadow-root UI under `name`, or, when the page already defined a custom element of
 * that name (its constructor may attach its own shadow root, and ours then fails), under a
 * name the page cannot know. Our UI never depends on the page leaving our name alone.
 */
export async function withHostName<T>(
  name: string,
  create: (name: string) => Promise<T>,
  random: () => number = Math.random,
): Promise<T> {
  try {
    return await create(name);
  } catch {
    return create(`${name}-${Math.floor(random() * 2 ** 32).toString(36)}`);
  }
}
