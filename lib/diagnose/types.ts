/** The diagnosis contract (DESIGN.md). Other code and outside checks rely on these shapes. */

/** Every cause, in the order used when scores tie. */
export const CAUSE_IDS = [
  'icloud-storage-full',
  'computer-storage-full',
  'device-storage-low',
  'network',
  'backup-conditions',
  'icloud-backup-off',
  'outdated-software',
  'corrupt-backup',
  'service-outage',
  'apple-account',
  'connection',
  'security-software',
  'restrictions',
] as const;

export type CauseId = (typeof CAUSE_IDS)[number];

/** iCloud backup, computer backup (Finder, iTunes, Apple Devices), both, or none. */
export type Channel = 'icloud' | 'computer' | 'both' | 'none';

export interface PageText {
  url: string;
  title: string;
  text: string;
  lang?: string;
  /**
   * On a Community thread, where the replies begin in `text`: before it are the asker's own
   * words, after it other people's guesses, which count less (lib/diagnose/posts.ts). Optional,
   * so a PageText without it is read as before.
   */
  replyStart?: number;
}

export interface Evidence {
  quote: string;
  kind: 'error-message' | 'error-code' | 'phrase' | 'url' | 'title';
}

export interface CauseFinding {
  id: CauseId;
  score: number;
  evidence: Evidence[];
}

/** A page listing possible causes (Apple's article) vs a person describing their own failure. */
export type PageKind = 'guide' | 'report';

export interface Diagnosis {
  /** The page is about a backup that fails or does not happen. */
  isBackupError: boolean;
  /** 0..1; 0.5 is the boundary for isBackupError. */
  confidence: number;
  channel: Channel;
  /** Best first. */
  causes: CauseFinding[];
  /** As written on the page, e.g. "0xE8000084", "-402620395". */
  errorCodes: string[];
  /** A page listing possible causes vs a person describing their own failure. */
  pageKind?: PageKind;
}
