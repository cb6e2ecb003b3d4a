/**
 * Puts text on the clipboard: the async Clipboard API first, then the old copy command on a
 * hidden textarea inside our own shadow root (Apple's DOM is left alone), keeping keyboard focus
 * where it was. False when both fail.
 */
export async function copyText(text: string, scratch: ShadowRoot | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!scratch) return false;
    // Selecting the textarea takes focus: it goes back to the button that was pressed.
    const pressed = scratch.activeElement;
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
      if (pressed instanceof HTMLElement) pressed.focus();
    }
  }
}
