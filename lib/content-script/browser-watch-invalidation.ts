import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** How soon UI left on the page goes after the extension is reloaded, updated or removed. */
const CHECK_EVERY_MS = 1_000;

/**
 * WXT notices that the extension went away (reload, update, uninstall) only when the old script
 * next asks `ctx.isInvalid`, and an idle script may never ask: its panel or card would stay on
 * the page, dead. While something of ours is shown, ask once a second; asking is what runs the
 * `onInvalidated` clean-ups. Returns the function that stops asking (when our UI is gone).
 */
export function watchInvalidation(ctx: ContentScriptContext): () => void {
  const id = setInterval(() => {
    if (ctx.isInvalid) clearInterval(id);
  }, CHECK_EVERY_MS);
  ctx.onInvalidated(() => clearInterval(id));
  return () => clearInterval(id);
}
