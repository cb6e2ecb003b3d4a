import { APPLE_LOCALE_SITES } from '../../content/apple-sites';
import type { Locale } from '../../content/strings/catalog';
import { isRecord } from '../untrusted';
import type {
  AppleStatusFeed,
  LocalMessage,
  LocalMessages,
  ServiceStatus,
  StatusSnapshot,
} from './types';

/**
 * Apple's own words about an incident in the reader's language. Apple publishes the feed per
 * locale (DOMAIN.md §1) with the same incidents under the same messageId, but with localised
 * service names: so which service and how bad always come from the English feed, and only the
 * message and "who is affected" are taken from the reader's, matched by messageId.
 */

/** The incidents whose words a reader would see: every event that carries a message. */
export function wantedMessageIds(services: readonly ServiceStatus[]): string[] {
  const ids = new Set<string>();
  for (const service of services) {
    for (const event of service.events) if (event.message !== '') ids.add(event.messageId);
  }
  return [...ids];
}

/**
 * Keeps only the incidents still listed, so the stored words never outgrow the feed; when they
 * cover every one, no request is needed.
 */
export function keepWanted(known: LocalMessages, wanted: string[]): LocalMessages {
  const byMessageId: Record<string, LocalMessage> = {};
  for (const id of wanted) {
    const words = known.byMessageId[id];
    if (words) byMessageId[id] = words;
  }
  return { ...known, byMessageId };
}

/** The words for the wanted incidents out of a parsed locale feed (the rest is ignored). */
export function readLocalMessages(
  feed: string,
  parsed: AppleStatusFeed,
  wanted: string[],
  now: number,
): LocalMessages {
  const want = new Set(wanted);
  const byMessageId: Record<string, LocalMessage> = {};
  for (const service of parsed.services) {
    for (const event of service.events) {
      if (!want.has(event.messageId) || event.message === '') continue;
      byMessageId[event.messageId] ??= {
        message: event.message,
        usersAffected: event.usersAffected,
      };
    }
  }
  return { feed, fetchedAt: now, byMessageId };
}

/**
 * The services with Apple's words in the reader's language where its feed had them, English
 * elsewhere. `feed` is the reader's Apple locale code, null for English: words stored for another
 * language (the reader changed it since) are not used.
 */
export function withLocalMessages(
  services: ServiceStatus[],
  local: LocalMessages | null | undefined,
  feed: string | null,
): ServiceStatus[] {
  if (!local || feed === null || local.feed !== feed) return services;
  return services.map((service) => ({
    ...service,
    events: service.events.map((event) => {
      const words = local.byMessageId[event.messageId];
      return words ? { ...event, ...words } : event;
    }),
  }));
}

/**
 * The snapshot as a surface speaking `locale` shows it: Apple's words in that language where the
 * background got them from its feed, English elsewhere (and always for an English reader).
 */
export function inLanguage(snapshot: StatusSnapshot, locale: Locale): StatusSnapshot {
  if (!snapshot.services || locale === 'en') return snapshot;
  const feed = APPLE_LOCALE_SITES[locale].feed;
  return {
    ...snapshot,
    services: withLocalMessages(snapshot.services, snapshot.localMessages, feed),
  };
}

/** Whatever storage holds, as local messages or null (never a crash). */
export function sanitizeLocalMessages(value: unknown): LocalMessages | null {
  if (!isRecord(value) || typeof value.feed !== 'string' || !isRecord(value.byMessageId)) {
    return null;
  }
  if (typeof value.fetchedAt !== 'number' || !Number.isFinite(value.fetchedAt)) return null;
  const byMessageId: Record<string, LocalMessage> = {};
  for (const [id, words] of Object.entries(value.byMessageId)) {
    if (isRecord(words) && typeof words.message === 'string') {
      byMessageId[id] = {
        message: words.message,
        usersAffected: typeof words.usersAffected === 'string' ? words.usersAffected : '',
      };
    }
  }
  return { feed: value.feed, fetchedAt: value.fetchedAt, byMessageId };
}
