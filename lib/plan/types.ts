import type { DeviceKind } from '../../content/steps/types';
import type { CauseId } from '../diagnose/types';
import type { StatusEvent } from '../status/types';

/** The plan contract (DESIGN.md). */

export type Computer = 'mac' | 'windows' | 'other';

export interface Env {
  computer: Computer;
  /**
   * macOS version when known, as a number (10.14, 10.15, 15); below 10.15 the Mac backs up in
   * iTunes, from 10.15 in Finder. Unknown means a current Mac (Finder).
   */
  macos?: number;
  /**
   * iOS version when known. Despite the name (kept for the contract) it may carry the minor
   * version, 10.3 or 10.2: Apple's settings layout changed at iOS 10.3, not at a major version.
   */
  iosMajor?: number;
  /** The device the steps speak of; unknown means an iPhone. */
  device?: DeviceKind;
}

export interface FixStep {
  /** Stable id of the step in content/steps (progress is kept by it). */
  id: string;
  title: string;
  /** What to do, in order. */
  instructions: string[];
  /** The exact settings path or place, when there is one. */
  where?: string;
  /** How to tell it worked. */
  check?: string;
  /** A warning to read before doing it (e.g. what a reset loses). */
  caution?: string;
  /** Apple's article, when one exists. */
  link?: { label: string; url: string };
  /** The causes this step addresses, strongest first. */
  causes: CauseId[];
  /** Which computer's variant the text is for, when the step has variants. */
  computer?: 'mac-finder' | 'mac-itunes' | 'windows';
}

export interface FixPlan {
  /** Set when an ongoing incident on iCloud Backup or iCloud Account & Sign In comes first. */
  incident: { service: string; event: StatusEvent } | null;
  steps: FixStep[];
  /** True when no cause was diagnosed and the plan is the general one. */
  general: boolean;
}
