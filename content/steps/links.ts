import type { StepLink } from './types';

/** Apple's articles the steps point to (ids from DOMAIN.md); the bare id follows the reader's locale. */
export const LINKS = {
  cantBackUpIcloud: {
    label: 'Apple: If you can’t back up to iCloud',
    url: 'https://support.apple.com/102563',
  },
  backUpWithIcloud: {
    label: 'Apple: Back up with iCloud',
    url: 'https://support.apple.com/108366',
  },
  manageIcloudStorage: {
    label: 'Apple: Manage iCloud storage',
    url: 'https://support.apple.com/108922',
  },
  backUpWithMac: {
    label: 'Apple: Back up with your Mac',
    url: 'https://support.apple.com/108796',
  },
  backUpWithWindows: {
    label: 'Apple: Back up with a Windows PC',
    url: 'https://support.apple.com/108967',
  },
  locateBackups: {
    label: 'Apple: Find backups on your computer',
    url: 'https://support.apple.com/108809',
  },
  trustComputer: {
    label: 'Apple: About Trust This Computer',
    url: 'https://support.apple.com/109054',
  },
  systemStatus: {
    label: 'Apple System Status',
    url: 'https://www.apple.com/support/systemstatus/',
  },
} satisfies Record<string, StepLink>;
