import { isRecord } from '../untrusted';
import { cleanText } from './entities';
import type { AppleStatusEvent, AppleStatusFeed, AppleStatusService } from './types';

/** What was wrong with a feed body that could not be read. */
export type StatusFeedErrorReason =
  | 'empty'
  | 'bad-wrapper'
  | 'not-json'
  | 'not-an-object'
  | 'unrecognised-format'
  | 'no-services'
  | 'no-readable-services';

export class StatusFeedError extends Error {
  override readonly name = 'StatusFeedError';
  constructor(
    readonly reason: StatusFeedErrorReason,
    message: string,
  ) {
    super(message);
  }
}

// A JSONP wrapper such as `jsonCallback({...});`. Matched as text and cut off, never evaluated.
const JSONP = /^[A-Za-z_$][\w$.]*\s*\(([\s\S]*)\)\s*;?$/;

/** The JSON text inside the body: BOM and whitespace removed, a JSONP wrapper cut off. */
function unwrap(body: string): string {
  const text = body.replace(/^\uFEFF/, '').trim();
  if (text === '') throw new StatusFeedError('empty', 'The feed body is empty');
  if (text.startsWith('{') || text.startsWith('[')) return text;
  const match = JSONP.exec(text);
  if (!match?.[1]) {
    throw new StatusFeedError('bad-wrapper', 'The feed is neither JSON nor jsonCallback(...)');
  }
  return match[1].trim();
}

function text(value: unknown): string {
  return typeof value === 'string' ? cleanText(value) : '';
}

function textOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? cleanText(value) : null;
}

/** Epoch milliseconds; Apple sends numbers, a numeric string is accepted too. */
function epoch(value: unknown): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : null;
}

function readEvent(value: unknown, serviceName: string): AppleStatusEvent | null {
  if (!isRecord(value)) return null;
  const epochStartDate = epoch(value.epochStartDate);
  const statusType = text(value.statusType);
  const rawId = value.messageId;
  const messageId =
    typeof rawId === 'string' && rawId.trim() !== ''
      ? rawId.trim()
      : typeof rawId === 'number'
        ? String(rawId)
        : // Without Apple's id, the incident is known by what, where and when.
          `unidentified:${serviceName}:${statusType}:${epochStartDate ?? ''}`;
  const affected = Array.isArray(value.affectedServices)
    ? value.affectedServices.filter((s): s is string => typeof s === 'string').map(cleanText)
    : null;
  return {
    usersAffected: text(value.usersAffected),
    epochStartDate,
    epochEndDate: epoch(value.epochEndDate),
    messageId,
    statusType,
    datePosted: text(value.datePosted),
    startDate: text(value.startDate),
    endDate: textOrNull(value.endDate),
    affectedServices: affected,
    eventStatus: text(value.eventStatus).toLowerCase(),
    message: text(value.message),
  };
}

function readService(value: unknown): AppleStatusService | null {
  if (!isRecord(value)) return null;
  const serviceName = text(value.serviceName);
  if (serviceName === '') return null;
  const redirectUrl = typeof value.redirectUrl === 'string' ? value.redirectUrl.trim() : null;
  const rawEvents = value.events;
  // Missing or null events mean "nothing posted"; anything else that is not a list means we
  // cannot tell, and the service must read as unknown rather than available.
  if (rawEvents !== undefined && rawEvents !== null && !Array.isArray(rawEvents)) {
    return { serviceName, redirectUrl, events: [], unreadable: true };
  }
  const events: AppleStatusEvent[] = [];
  let unreadable = false;
  for (const raw of rawEvents ?? []) {
    const event = readEvent(raw, serviceName);
    if (event) events.push(event);
    else unreadable = true;
  }
  return unreadable
    ? { serviceName, redirectUrl, events, unreadable }
    : { serviceName, redirectUrl, events };
}

/**
 * Reads the body of Apple's status feed: plain JSON or `jsonCallback(...)` (with or without `;`,
 * whitespace, a BOM). Unknown fields are ignored, missing optional ones filled in, names and
 * messages entity-decoded and trimmed. Throws StatusFeedError saying what was wrong.
 */
export function parseStatusFeed(body: string): AppleStatusFeed {
  if (typeof body !== 'string') throw new StatusFeedError('empty', 'The feed body is not text');
  const json = unwrap(body);
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new StatusFeedError('not-json', `The feed is not valid JSON: ${detail}`);
  }
  if (!isRecord(data)) throw new StatusFeedError('not-an-object', 'The feed is not an object');
  if (data.services === undefined) {
    // An object without `services` is a feed of another shape, such as the older
    // `dashboard` / `detailedTimeline` one: say so rather than read nothing as all clear.
    const keys = Object.keys(data).slice(0, 5).join(', ');
    throw new StatusFeedError(
      'unrecognised-format',
      `The feed has no list of services (its fields: ${keys || 'none'})`,
    );
  }
  if (!Array.isArray(data.services)) {
    throw new StatusFeedError('no-services', 'The feed’s services are not a list');
  }
  const services = data.services
    .map(readService)
    .filter((s): s is AppleStatusService => s !== null);
  if (services.length === 0) {
    throw new StatusFeedError('no-readable-services', 'The feed lists no readable service');
  }
  return {
    drpost: data.drpost === true,
    drMessage: textOrNull(data.drMessage),
    services,
  };
}
