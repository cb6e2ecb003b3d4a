import { browser } from 'wxt/browser';
import type { JSX } from 'solid-js';

/** The extension's name and version, read from the manifest. */
export function AboutLine(): JSX.Element {
  const { name, version } = browser.runtime.getManifest();
  return (
    <p class="about">
      {name} <span class="version">{version}</span>
    </p>
  );
}
