import type { PanelHost } from '../apple-sites';
import type { ComputerChoice, IosChoice, PanelMode } from '../vocabulary';
import { plural } from './format';
import { COMPUTER_NAMES, IOS_RANGE_NAMES } from './steps';

/** Every string the options page shows. `{placeholders}` are filled with `format`. */
export const OPTIONS_STRINGS = {
  title: 'Backup Doctor settings',
  intro: 'Changes are saved as you make them and apply to every Apple page you have open.',
  loading: 'Loading your settings…',
  saved: 'Saved.',
  saveFailed: 'Couldn’t save that change. Try again.',

  /** Each language is named in its own words by Intl.DisplayNames, not here. */
  language: {
    legend: 'Language',
    hint: 'Automatic speaks the language of the Apple page you are reading, else your browser’s.',
    auto: 'Automatic',
  },

  panel: {
    legend: 'The fix panel on Apple’s pages',
    hint: 'How the panel first appears when a page is about a failing backup.',
    modes: {
      open: 'Open beside the page',
      collapsed: 'Start as a small tab at the edge',
      off: 'Don’t show it',
    } satisfies Record<PanelMode, string>,
    sitesLegend: 'Sites where the panel may appear',
    sitesHint: 'Untick a site to never show the panel there.',
    siteNames: {
      'support.apple.com': 'Apple Support (support.apple.com)',
      'discussions.apple.com': 'Apple Community (discussions.apple.com)',
    } satisfies Record<PanelHost, string>,
  },

  device: {
    deviceLegend: 'Your device',
    deviceHint:
      'The steps use its name, as in “Back Up This iPad” or “iPad Storage”. On a page about one device, such as an iPad thread, the steps follow the page.',
    computerLegend: 'Your computer',
    computerHint: 'Used to pick Finder, iTunes or the Apple Devices app in computer backup steps.',
    detected: '(this browser says: {computer})',
    detectedNames: COMPUTER_NAMES,
    computer: {
      auto: 'Work it out from this browser',
      mac: COMPUTER_NAMES.mac,
      windows: COMPUTER_NAMES.windows,
    } satisfies Record<ComputerChoice, string>,
    iosLegend: 'Your iPhone or iPad’s iOS version',
    iosHint: 'Settings paths moved between versions. Find yours in Settings > General > About.',
    ios: {
      auto: 'I don’t know (show the current iOS paths)',
      ...IOS_RANGE_NAMES,
    } satisfies Record<IosChoice, string>,
  },

  notifications: {
    legend: 'Notifications',
    label: 'Tell me when Apple reports a problem with iCloud Backup',
    why: 'Backup Doctor shows one notification when Apple’s System Status page reports a problem with iCloud Backup or iCloud sign-in, and one when it is over. To do that it needs your browser’s permission to show notifications; it asks when you tick the box, and never uses it for anything else.',
    asking: 'Waiting for your browser’s permission…',
    on: 'Notifications are on.',
    off: 'Notifications are off.',
    denied:
      'Your browser didn’t give permission, so notifications stay off. You can tick the box again to be asked again.',
    failed: 'Couldn’t ask your browser for permission ({reason}). Notifications stay off.',
  },

  progress: {
    legend: 'Saved progress',
    hint: 'Backup Doctor remembers which fix steps you ticked and which message you said you see, for each problem, on this computer only.',
    clear: 'Clear saved progress…',
    confirm: 'Forget every ticked step and every answer for every problem? This can’t be undone.',
    confirmYes: 'Yes, clear it',
    confirmNo: 'Cancel',
    cleared: plural({
      one: 'Cleared saved progress for {count} problem.',
      other: 'Cleared saved progress for {count} problems.',
    }),
    nothing: 'There was no saved progress to clear.',
    failed: 'Couldn’t clear saved progress. Try again.',
  },
} as const;
