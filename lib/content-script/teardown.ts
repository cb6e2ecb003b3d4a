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
