import type { Settings } from '../../lib/storage/schema';

/** What every settings section gets: the current settings and a way to change some of them. */
export interface SectionProps {
  settings: Settings;
  save: (patch: Partial<Settings>) => void;
}
