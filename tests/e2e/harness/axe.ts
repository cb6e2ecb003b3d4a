import { AxePuppeteer } from '@axe-core/puppeteer';
import type { Page } from 'puppeteer';

export interface AxeReport {
  /** One line per broken rule: `rule-id: target, target`. */
  violations: string[];
  /** Ids of the rules that applied and passed: proof of what was checked. */
  passes: string[];
}

/**
 * Runs axe-core on `page`, or only on the element `host` and its open shadow root (axe walks
 * open shadow roots itself, so `include(host)` reaches our panel's and card's content).
 */
export async function axeCheck(page: Page, host?: string): Promise<AxeReport> {
  const axe = new AxePuppeteer(page);
  if (host) axe.include(host);
  const results = await axe.analyze();
  return {
    violations: results.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
    passes: results.passes.map((p) => p.id),
  };
}
