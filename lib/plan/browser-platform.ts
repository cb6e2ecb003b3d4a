/**
 * The computer's OS in `runtime.getPlatformInfo().os` terms ('mac', 'win', 'linux', 'cros',
 * 'android'), for content scripts, where getPlatformInfo is not available: read from the
 * navigator instead.
 */
export function platformOs(nav: Navigator): string {
  const hinted = (nav as Navigator & { userAgentData?: { platform?: string } }).userAgentData
    ?.platform;
  const name = (hinted || nav.platform || nav.userAgent).toLowerCase();
  if (name.includes('mac')) return 'mac';
  if (name.includes('win')) return 'win';
  if (name.includes('android')) return 'android';
  if (name.includes('cros') || name.includes('chrome os')) return 'cros';
  if (name.includes('linux')) return 'linux';
  return 'other';
}
