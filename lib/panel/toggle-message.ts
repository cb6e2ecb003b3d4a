/** What the background sends a tab when the keyboard shortcut asks to toggle the panel. */
export const TOGGLE_PANEL_COMMAND = 'toggle-panel';
export const TOGGLE_PANEL_MESSAGE = { type: 'backup-doctor:toggle-panel' } as const;

export function isTogglePanelMessage(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === TOGGLE_PANEL_MESSAGE.type
  );
}
