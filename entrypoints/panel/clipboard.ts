/**
 * Puts text on the clipboard: the async Clipboard API first, then the old copy command on a
 * hidden textarea inside our own shadow root (Apple's DOM is left alone). False when both fail.
 */
export async function copyText(text: string, scratch: ShadowRoot | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!scratch) return false;
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    scratch.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}
