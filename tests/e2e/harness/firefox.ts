import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import puppeteer from 'puppeteer';
import type { ExtensionSession } from './browser';
import { ConnectProxy } from './connect-proxy';
import type { ReplayServer } from './replay-server';

/** The Firefox test build (MV2) the Firefox e2e file installs. `npm run build:test` makes it. */
export const FIREFOX_EXTENSION_DIR = path.resolve(
  import.meta.dirname,
  '../../../.output/firefox-mv2-test',
);

/** Debian's Firefox ESR, or the one FIREFOX_EXECUTABLE_PATH names; null when there is none. */
export function firefoxPath(): string | null {
  const fromEnv = process.env.FIREFOX_EXECUTABLE_PATH;
  if (fromEnv) return fromEnv;
  return ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p)) ?? null;
}

export interface FirefoxExtensionBrowser extends ExtensionSession {
  /** The add-on's id (browser_specific_settings.gecko.id). */
  addonId: string;
  /** What Firefox tried to reach besides Apple's replayed hosts (all of it refused). */
  proxy: ConnectProxy;
  /** Removes the add-on from the running Firefox, as a person would in about:addons. */
  uninstall(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /** Firefox unloads an idle event page after this long (its default is 30 s). */
  backgroundIdleMs?: number;
}

/**
 * Launches headless Firefox (WebDriver BiDi) with the built add-on installed temporarily. Firefox
 * cannot remap host names, so every request goes through a loopback proxy that tunnels Apple's
 * hosts to `server` and refuses all else. The add-on's internal UUID is fixed by preference, so
 * its pages have a known moz-extension:// origin.
 */
export async function launchFirefoxWithExtension(
  server: ReplayServer,
  options: FirefoxLaunchOptions = {},
): Promise<FirefoxExtensionBrowser> {
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error('No Firefox found: install Debian’s firefox-esr');
  const manifest = JSON.parse(
    await readFile(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'),
  ) as { browser_specific_settings: { gecko: { id: string } } };
  const geckoId = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const proxy = new ConnectProxy(server);
  await proxy.start();
  try {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      // Our certificate is self-signed: accepted in this test profile only.
      acceptInsecureCerts: true,
      // Since Firefox 153, WebDriver may open moz-extension:// pages (the popup, the options
      // page) only in a browser started with this flag.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
        // Every connection through the proxy, loopback included; no DNS-over-HTTPS, no QUIC.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'network.trr.mode': 5,
        'network.http.http3.enable': false,
        // Firefox's own background traffic, beyond what Puppeteer's profile turns off.
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'browser.region.update.enabled': false,
        'browser.region.network.url': '',
        'app.normandy.enabled': false,
        'toolkit.telemetry.enabled': false,
        'browser.topsites.contile.enabled': false,
        'extensions.systemAddon.update.enabled': false,
        // Optional permissions are granted without Firefox's prompt, which WebDriver cannot
        // answer; the request must still come from a user gesture.
        'extensions.webextOptionalPermissionPrompts': false,
        ...(options.backgroundIdleMs
          ? { 'extensions.background.idle.timeout': options.backgroundIdleMs }
          : {}),
      },
    });
    const addonId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    return {
      browser,
      origin: `moz-extension://${uuid}`,
      addonId,
      proxy,
      uninstall: () => browser.uninstallExtension(addonId),
      async close() {
        await browser.close();
        await proxy.stop();
      },
    };
  } catch (error) {
    await proxy.stop();
    throw error;
  }
}
