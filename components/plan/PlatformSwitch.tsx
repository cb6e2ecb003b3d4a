import { createUniqueId, type JSX } from 'solid-js';
import { format } from '../../content/strings/format';
import type { Computer } from '../../lib/plan/types';
import {
  COMPUTER_CHOICES,
  IOS_CHOICES,
  type ComputerChoice,
  type IosChoice,
} from '../../content/vocabulary';
import { useStrings } from '../strings';

export interface PlatformSwitchProps {
  computer: ComputerChoice;
  ios: IosChoice;
  /** What the browser says the computer is, shown for "auto". */
  detected: Computer;
  onComputer: (choice: ComputerChoice) => void;
  onIos: (choice: IosChoice) => void;
}

function isChoice<T extends string>(value: string, allowed: readonly T[]): value is T {
  return (allowed as readonly string[]).includes(value);
}

/** Which computer and iOS the steps are written for; the choice is remembered in settings. */
export function PlatformSwitch(props: PlatformSwitchProps): JSX.Element {
  const computerId = createUniqueId();
  const iosId = createUniqueId();
  const t = useStrings();
  const S = () => t().ui.panel;
  const iosNames = (): Record<IosChoice, string> => ({
    auto: S().iosAuto,
    ...t().ui.iosRanges,
  });
  const computerNames = (): Record<ComputerChoice, string> => ({
    auto: format(S().computerAuto, { detected: S().computerNames[props.detected] }),
    mac: S().computerMac,
    windows: S().computerWindows,
  });
  return (
    <div class="bd-platform">
      <label for={computerId}>{S().computerLabel}</label>
      <select
        id={computerId}
        value={props.computer}
        onChange={(e) => {
          const v = e.currentTarget.value;
          if (isChoice(v, COMPUTER_CHOICES)) props.onComputer(v);
        }}
      >
        {COMPUTER_CHOICES.map((c) => (
          <option value={c} selected={props.computer === c}>
            {computerNames()[c]}
          </option>
        ))}
      </select>
      <label for={iosId}>{S().iosLabel}</label>
      <select
        id={iosId}
        value={props.ios}
        onChange={(e) => {
          const v = e.currentTarget.value;
          if (isChoice(v, IOS_CHOICES)) props.onIos(v);
        }}
      >
        {IOS_CHOICES.map((c) => (
          <option value={c} selected={props.ios === c}>
            {iosNames()[c]}
          </option>
        ))}
      </select>
    </div>
  );
}
