import type { ComputerVariant, IosRange, StepDef, StepText } from './types';

export interface ResolvedStepText extends StepText {
  id: string;
  /** The computer variant used, when the step has one for this computer. */
  computer?: ComputerVariant;
}

/**
 * A step's text for one person: the base text, then the iOS range's changes, then the computer's
 * (a computer variant never touches iPhone paths, so the order only matters for clarity).
 */
export function resolveStep(
  def: StepDef,
  computer: ComputerVariant | null,
  ios: IosRange,
): ResolvedStepText {
  const { id, computer: byComputer, ios: byIos, ...base } = def;
  const computerText = computer ? byComputer?.[computer] : undefined;
  return {
    ...base,
    ...byIos?.[ios],
    ...computerText,
    id,
    ...(computer && computerText ? { computer } : {}),
  };
}
