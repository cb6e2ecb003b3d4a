import type { Channel } from './types';

/** One place on the page that names a backup: a signal's hit or a URL hint. */
export interface Mention {
  /** Which signal (its index) or URL hint (a negative number) it is. */
  source: number;
  icloud: number;
  computer: number;
  /** Which text it was found in (title, query, page text, URL): spans only merge within one. */
  field: number;
  start: number;
  end: number;
  /** Where it was found: more in the title or query, less in a thread's replies (posts.ts). */
  factor: number;
  /** Apple's message or an error code, not a person's wording. */
  message: boolean;
}

/** A sentence that offers a backup to try instead: the backups it names are not the failing one. */
export interface Offer {
  field: number;
  start: number;
  end: number;
}

/** How far an offer reaches at most when its sentence does not end sooner. */
const MAX_SENTENCE = 300;
const SENTENCE_END = /[.!?\n。！？]/;

/** Where the sentence that goes on at `from` ends (exclusive), within MAX_SENTENCE. */
export function sentenceEnd(text: string, from: number): number {
  const rest = text.slice(from, from + MAX_SENTENCE);
  const i = rest.search(SENTENCE_END);
  return from + (i < 0 ? rest.length : i);
}

/** Both channels when the weaker side is at least this share of the stronger, and discussed. */
const BOTH_RATIO = 0.4;
const BOTH_MIN = 1.5;
/**
 * What a mention weighs when it names a backup (iCloud, iTunes, the computer, their messages);
 * less is a lean (Wi-Fi, a generic "backup failed"), which adds weight but names nothing.
 */
const NAMED = 1.5;
/** What a mention weighs at least to count as one more place where a backup is discussed. */
const CLUE = 1;

/** How much a page says about one backup (iCloud or the computer), and where. */
interface Side {
  weight: number;
  /** The weight of what the asker says (title, query, question), without the replies'. */
  asked: number;
  /** Places in the asker's own words (title, query, question) that name this backup. */
  named: number;
  /** Places in the asker's own words that say something about it. */
  clues: number;
  /** The asker quotes Apple's message, or an error code, about this backup. */
  message: boolean;
  /** The asker names both backups in one phrase ("neither iCloud nor the Mac"). */
  both: boolean;
}

interface Span {
  source: number;
  field: number;
  end: number;
  weight: number;
  strongest: number;
  asker: boolean;
  asked: number;
  message: boolean;
  both: boolean;
}

/**
 * One side's weight, counted by place: overlapping hits (two tables' words for the same
 * "Wi-Fi", a message and its topic) are one place, weighing its strongest; a place weighs more in
 * the title and less in a reply. A lean names no backup, so the same lean found again (a generic
 * "backup failed" in the title, the search query and the text) counts once, where it weighs most.
 */
function sideOf(
  mentions: readonly Mention[],
  offers: readonly Offer[],
  key: 'icloud' | 'computer',
): Side {
  const side: Side = { weight: 0, asked: 0, named: 0, clues: 0, message: false, both: false };
  const mine = mentions
    .filter(
      (m) =>
        m[key] > 0 &&
        !offers.some((o) => o.field === m.field && m.start >= o.start && m.start < o.end),
    )
    .sort((a, b) => a.field - b.field || a.start - b.start);
  let span: Span | null = null;
  const leans = new Map<number, { weight: number; asked: number }>();
  const close = (s: Span): void => {
    if (s.strongest >= NAMED) {
      side.weight += s.weight;
      side.asked += s.asked;
    } else {
      const lean = leans.get(s.source) ?? { weight: 0, asked: 0 };
      lean.weight = Math.max(lean.weight, s.weight);
      lean.asked = Math.max(lean.asked, s.asked);
      leans.set(s.source, lean);
    }
    if (!s.asker) return;
    if (s.strongest >= NAMED) side.named++;
    if (s.strongest >= CLUE) side.clues++;
    side.message ||= s.message;
    side.both ||= s.both;
  };
  for (const m of mine) {
    const w = m[key];
    const asker = m.factor >= 1;
    const both = m.icloud > 0 && m.computer > 0;
    if (span !== null && m.field === span.field && m.start <= span.end) {
      span.end = Math.max(span.end, m.end);
      if (w * m.factor > span.weight) span.source = m.source;
      span.weight = Math.max(span.weight, w * m.factor);
      span.strongest = Math.max(span.strongest, w);
      span.asker ||= asker;
      if (asker) span.asked = Math.max(span.asked, w * m.factor);
      span.message ||= m.message && asker;
      span.both ||= both && asker;
      continue;
    }
    if (span !== null) close(span);
    span = {
      source: m.source,
      field: m.field,
      end: m.end,
      weight: w * m.factor,
      strongest: w,
      asker,
      asked: asker ? w * m.factor : 0,
      message: m.message && asker,
      both: both && asker,
    };
  }
  if (span !== null) close(span);
  for (const lean of leans.values()) {
    side.weight += lean.weight;
    side.asked += lean.asked;
  }
  return side;
}

/**
 * Which backup a failing-backup page is about. The asker's words decide which side is stronger
 * (replies, which guess and suggest the other backup, only when the asker names neither). "Both"
 * only when both are really discussed by the asker: named together in one phrase, or the weaker
 * side named in the asker's own words, in Apple's message or in more than one place, and coming
 * near the stronger one. One passing "iTunes" on an iCloud page (or "iCloud" on a Finder page)
 * or another backup offered as a way out (in a reply, or a guide's closing "you can also back up
 * to your computer") is not enough. A page that names neither backup is about iCloud's: a
 * computer backup is always told through the computer or its app (plugging in, Finder, iTunes),
 * while the backup the iPhone makes by itself needs no name.
 */
export function pickChannel(mentions: readonly Mention[], offers: readonly Offer[] = []): Channel {
  const icloud = sideOf(mentions, offers, 'icloud');
  const computer = sideOf(mentions, offers, 'computer');
  const by: 'asked' | 'weight' = icloud.asked > 0 || computer.asked > 0 ? 'asked' : 'weight';
  const [hi, lo, name]: [Side, Side, Channel] =
    icloud[by] >= computer[by] ? [icloud, computer, 'icloud'] : [computer, icloud, 'computer'];
  if (hi.weight === 0) return 'icloud';
  if (lo.both) return 'both';
  if (lo.named === 0) return name;
  const discussed = lo.message || lo.clues >= 2;
  if (discussed && lo.weight >= BOTH_MIN && lo.weight / hi.weight >= BOTH_RATIO) return 'both';
  return name;
}
