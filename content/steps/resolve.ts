import { format } from '../strings/format';
import { DEVICE_NAMES } from '../strings/steps';
import type { ComputerVariant, DeviceKind, IosRange, StepDef, StepText } from './types';

export interface ResolvedStepText extends StepText {
  id: string;
  /** The computer variant used, when the step has one for this computer. */
  computer?: ComputerVariant;
}

/** Puts the device's name in place of `{device}` in every text of a step. */
function named(text: StepText, device: DeviceKind): StepText {
  const values = { device: DEVICE_NAMES[device] };
  const fill = (s: string) => format(s, values);
  return {
    ...text,
    title: fill(text.title),
    instructions: text.instructions.map(fill),
    where: fill(text.where),
    check: fill(text.check),
    ...(text.caution !== undefined ? { caution: fill(text.caution) } : {}),
    ...(text.link ? { link: { ...text.link, label: fill(text.link.label) } } : {}),
  };
}

/**
 * A step's text for one person: the base text, then the iOS range's changes, then the computer's
 * (a computer variant never touches iPhone paths, so the order only matters for clarity), with
 * the device's name filled in.
 */
export function resolveStep(
  def: StepDef,
  computer: ComputerVariant | null,
  ios: IosRange,
  device: DeviceKind = 'iphone',
): ResolvedStepText {
  const { id, computer: byComputer, ios: byIos, ...base } = def;
  const computerText = computer ? byComputer?.[computer] : undefined;
  return {
    ...named({ ...base, ...byIos?.[ios], ...computerText }, device),
    id,
    ...(computer && computerText ? { computer } : {}),
  };
}
