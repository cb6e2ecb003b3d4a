import { createSignal, For, Show, type JSX } from 'solid-js';
import { browser } from 'wxt/browser';
import { format } from '../../content/strings/format';
import { DEVICE_KINDS } from '../../content/steps/types';
import { useStrings } from '../../components/strings';
import { envFromPlatform } from '../../lib/plan/env';
import type { Computer } from '../../lib/plan/types';
import { COMPUTER_CHOICES, IOS_CHOICES } from '../../content/vocabulary';
import type { SectionProps } from './OptionsPage';

/** The device, computer and iOS version the fix steps are written for. */
export function DeviceSettings(props: SectionProps): JSX.Element {
  const t = useStrings();
  const S = () => t().ui.options.device;
  // What "auto" resolves to here, by the same rule the panel and the popup use.
  const [detected, setDetected] = createSignal<Computer | null>(null);
  browser.runtime.getPlatformInfo().then(
    (info) => setDetected(envFromPlatform(info.os, { computer: 'auto', ios: 'auto' }).computer),
    () => undefined,
  );

  return (
    <>
      <fieldset class="group">
        <legend>{S().deviceLegend}</legend>
        <p class="hint" id="device-hint">
          {S().deviceHint}
        </p>
        <For each={DEVICE_KINDS}>
          {(kind) => (
            <div class="choice">
              <input
                type="radio"
                name="device"
                id={`device-${kind}`}
                value={kind}
                aria-describedby="device-hint"
                checked={props.settings.device === kind}
                onChange={() => props.save({ device: kind })}
              />
              <label for={`device-${kind}`}>{t().ui.devices[kind]}</label>
            </div>
          )}
        </For>
      </fieldset>

      <fieldset class="group">
        <legend>{S().computerLegend}</legend>
        <p class="hint" id="computer-hint">
          {S().computerHint}
        </p>
        <For each={COMPUTER_CHOICES}>
          {(choice) => (
            <div class="choice">
              <input
                type="radio"
                name="computer"
                id={`computer-${choice}`}
                value={choice}
                aria-describedby="computer-hint"
                checked={props.settings.computer === choice}
                onChange={() => props.save({ computer: choice })}
              />
              <label for={`computer-${choice}`}>
                {S().computer[choice]}
                <Show when={choice === 'auto' && detected()}>
                  {(computer) => (
                    <span class="detected">
                      {' '}
                      {format(S().detected, { computer: S().detectedNames[computer()] })}
                    </span>
                  )}
                </Show>
              </label>
            </div>
          )}
        </For>
      </fieldset>

      <fieldset class="group">
        <legend>{S().iosLegend}</legend>
        <p class="hint" id="ios-hint">
          {S().iosHint}
        </p>
        <For each={IOS_CHOICES}>
          {(choice) => (
            <div class="choice">
              <input
                type="radio"
                name="ios"
                id={`ios-${choice}`}
                value={choice}
                aria-describedby="ios-hint"
                checked={props.settings.ios === choice}
                onChange={() => props.save({ ios: choice })}
              />
              <label for={`ios-${choice}`}>{S().ios[choice]}</label>
            </div>
          )}
        </For>
      </fieldset>
    </>
  );
}
