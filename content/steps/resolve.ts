import { format } from '../strings/format';
import { DEVICE_NAMES } from '../strings/steps';
import { articleLink } from './links';
import {
  IOS_SPANS,
  type ComputerVariant,
  type DeviceKind,
  type IosRange,
  type Source,
  type StepDef,
  type StepText,
  type VersionSpan,
} from './types';

export interface ResolvedStepText extends StepText {
  id: string;
  /** The computer variant used, when the step has one for this computer. */
  computer?: ComputerVariant;
}

/** True when the version falls in the span. */
export function inSpan(span: VersionSpan, version: number): boolean {
  return (span.from ?? -Infinity) <= version && version < (span.below ?? Infinity);
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
 * A step's text for one person: the base text, then the changes for the iOS range (the variant
 * whose span holds it; the ranges never straddle a variant's edge), then the computer's, with the
 * device's name filled in. Its link is the step's own page, else the first Apple article behind
 * the most specific text used.
 */
export function resolveStep(
  def: StepDef,
  computer: ComputerVariant | null,
  ios: IosRange,
  device: DeviceKind = 'iphone',
): ResolvedStepText {
  const { id, computer: byComputer, ios: byIos, source } = def;
  const base: StepText = {
    title: def.title,
    instructions: def.instructions,
    where: def.where,
    check: def.check,
    ...(def.caution !== undefined ? { caution: def.caution } : {}),
    ...(def.link ? { link: def.link } : {}),
  };
  const at = IOS_SPANS[ios].from ?? 0;
  const { source: iosSource, ...iosText } = byIos?.find((v) => inSpan(v.source.ios, at)) ?? {};
  const { source: computerSource, ...computerText } = (computer && byComputer?.[computer]) || {};
  const used: Source = computerSource ?? iosSource ?? source;
  const first = used.apple[0];
  const link = base.link ?? (first ? articleLink(first) : undefined);
  return {
    ...named({ ...base, ...iosText, ...computerText, ...(link ? { link } : {}) }, device),
    id,
    ...(computer && computerSource ? { computer } : {}),
  };
}
