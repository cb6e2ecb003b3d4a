import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from '../../entrypoints/panel/clipboard';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** A host with an open shadow root holding a focused "Copy" button, as the panel has. */
function focusedButtonInShadow(): { shadow: ShadowRoot; button: HTMLButtonElement } {
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const button = document.createElement('button');
  shadow.append(button);
  button.focus();
  return { shadow, button };
}

describe('copyText', () => {
  it('falls back to the copy command and gives focus back to the pressed button', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('not allowed'));
    const execCommand = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    // As in browsers (happy-dom's select() leaves focus alone): selecting focuses the textarea.
    vi.spyOn(HTMLTextAreaElement.prototype, 'select').mockImplementation(function (
      this: HTMLTextAreaElement,
    ) {
      this.focus();
    });
    const { shadow, button } = focusedButtonInShadow();
    expect(await copyText('summary', shadow)).toBe(true);
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(shadow.activeElement).toBe(button);
    expect(shadow.querySelector('textarea')).toBeNull();
  });

  it('uses the Clipboard API when it works, leaving focus alone', async () => {
    const write = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    const { shadow, button } = focusedButtonInShadow();
    expect(await copyText('summary', shadow)).toBe(true);
    expect(write).toHaveBeenCalledWith('summary');
    expect(shadow.activeElement).toBe(button);
  });
});
