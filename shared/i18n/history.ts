/**
 * The audit trail as a person reads it: one item per editor action, naming the claim by its quote and
 * saying what changed, before → after, in words. Raw ids and action codes never reach the reader.
 */
import type { AuditEvent, ClaimKind, FlagReason, ReviewStatus } from '../schema';
import { enumKeys } from './enumKeys';
import { formatClaimValue, formatNumber } from './format';
import {
  actionName,
  fieldLabels,
  findingStatusLabels,
  flagReasonLabels,
  kindLabels,
  modalityLabels,
  notSameFactLabel,
  qualifierLabels,
  splitAction,
  statusLabels,
  type Lang,
  type Words,
} from './labels';

export interface HistoryContext {
  /** The quote of a claim (or «a» ⟷ «b» for a finding, a title for an article), null when unknown. */
  quoteOf(target: string): string | null;
  /** The label of a verdict id in the workspace's scale. */
  verdictLabel(verdictId: string, lang: Lang): string;
  /** The kind of a claim, so a corrected date reads as a date. */
  kindOf?(claimId: string): ClaimKind | null;
}

export interface HistoryLine {
  field: string;
  before: string;
  after: string;
  /**
   * An item added to or taken from a list (evidence): shown as "Thêm bằng chứng: …" or "Bỏ bằng
   * chứng: …", the item alone, no before → after. Absent: a value that changed.
   */
  change?: 'added' | 'removed';
}

export interface HistoryTarget {
  /** The record the lines are about; kept for links (jump to the claim), never shown. */
  target: string;
  /** What a person recognises the record by: a claim's quote, a finding's quotes, an article's title. */
  label: string | null;
  lines: HistoryLine[];
}

export interface HistoryItem {
  /** Stable key for lists (the first event's sequence number). */
  key: string;
  when: string;
  who: string;
  /** "Xác minh", "Hoàn tác: Sửa"… */
  action: string;
  direction: 'undo' | 'redo' | null;
  targets: HistoryTarget[];
}

const extra = {
  claims: { vi: 'Số nhận định', en: 'Claims' },
  findings: { vi: 'Số phát hiện', en: 'Findings' },
  open: { vi: 'Đang mở', en: 'Open' },
  decision: { vi: 'Quyết định', en: 'Decision' },
  evidenceAdded: { vi: 'Thêm bằng chứng', en: 'Evidence added' },
  evidenceRemoved: { vi: 'Bỏ bằng chứng', en: 'Evidence removed' },
  bothRight: { vi: 'Cả hai đều đúng', en: 'Both stand' },
  isRight: { vi: 'đúng', en: 'is right' },
  language: { vi: 'Ngôn ngữ', en: 'Language' },
  theme: { vi: 'Giao diện', en: 'Theme' },
  light: { vi: 'sáng', en: 'light' },
  dark: { vi: 'tối', en: 'dark' },
  changed: { vi: 'đã đổi', en: 'changed' },
  file: { vi: 'Tệp', en: 'File' },
  format: { vi: 'Định dạng', en: 'Format' },
  setting: { vi: 'Cài đặt', en: 'Setting' },
  reviewerName: { vi: 'Tên người duyệt', en: 'Reviewer name' },
  newsroom: { vi: 'Tòa soạn', en: 'Newsroom' },
  verdicts: { vi: 'Thang kết luận', en: 'Verdict scale' },
  claimReviewUrlPattern: { vi: 'Địa chỉ bài kiểm chứng', en: 'Fact-check address' },
} satisfies Record<string, Words>;

const NONE = '—';

type Rec = Record<string, unknown>;

function asRecord(value: unknown): Rec | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Rec) : null;
}

function text(value: unknown): string {
  if (value === null || value === undefined || value === '') return NONE;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return NONE;
}

function evidenceItems(value: unknown): Array<{ url: string; shown: string }> {
  if (!Array.isArray(value)) return [];
  return value.flatMap((e) => {
    const r = asRecord(e);
    if (!r) return [];
    const url = text(r.url);
    return [{ url, shown: r.note ? `${url} (${text(r.note)})` : url }];
  });
}

/**
 * What an evidence change did, item by item (QA31 note b): "Thêm bằng chứng: gso.gov.vn/…",
 * "Bỏ bằng chứng: …", and a link whose note changed as that link before → after — not the whole
 * list twice. The lists are compared as multisets of entries (link and note), since one link may be
 * given twice (one report, two tables): only a link that occurs once on each side and whose entry
 * changed is a note change; any other difference is an entry added or removed.
 */
function evidenceLines(before: unknown, after: unknown, lang: Lang): HistoryLine[] {
  const was = evidenceItems(before);
  const now = evidenceItems(after);
  // Entries on both sides cancel out, one for one.
  const kept = new Map<string, number>();
  for (const e of was) kept.set(e.shown, (kept.get(e.shown) ?? 0) + 1);
  const added: typeof now = [];
  for (const e of now) {
    const left = kept.get(e.shown) ?? 0;
    if (left > 0) kept.set(e.shown, left - 1);
    else added.push(e);
  }
  const removed: typeof was = [];
  const unmatched = new Map(kept);
  for (const e of was) {
    const left = unmatched.get(e.shown) ?? 0;
    if (left > 0) {
      unmatched.set(e.shown, left - 1);
      removed.push(e);
    }
  }
  const count = (items: typeof was, url: string) => items.filter((e) => e.url === url).length;
  const single = (url: string) => count(was, url) === 1 && count(now, url) === 1 && count(added, url) === 1 && count(removed, url) === 1;
  const lines: HistoryLine[] = [];
  const edited = new Set<string>();
  for (const e of added) {
    if (single(e.url)) {
      const old = removed.find((r) => r.url === e.url);
      if (old) {
        edited.add(e.url);
        lines.push({ field: fieldLabels.evidence[lang], before: old.shown, after: e.shown });
        continue;
      }
    }
    lines.push({ field: extra.evidenceAdded[lang], before: NONE, after: e.shown, change: 'added' });
  }
  for (const e of removed) if (!edited.has(e.url)) lines.push({ field: extra.evidenceRemoved[lang], before: e.shown, after: NONE, change: 'removed' });
  return lines;
}

function label<K extends string>(labels: Record<K, Words>, value: unknown, lang: Lang): string {
  if (typeof value === 'string' && enumKeys(labels).includes(value as K)) return labels[value as K][lang];
  return text(value);
}

function push(lines: HistoryLine[], field: string, before: string, after: string): void {
  if (before !== after) lines.push({ field, before, after });
}

/** What changed in a claim's review, in words. */
function reviewLines(before: Rec | null, after: Rec | null, kind: ClaimKind | null, ctx: HistoryContext, lang: Lang): HistoryLine[] {
  const lines: HistoryLine[] = [];
  const f = (name: keyof typeof fieldLabels) => fieldLabels[name][lang];
  const status = (r: Rec | null) => label(statusLabels, (r?.status as ReviewStatus | undefined) ?? 'unreviewed', lang);
  push(lines, f('status'), status(before), status(after));
  const verdict = (r: Rec | null) => (typeof r?.verdict === 'string' ? ctx.verdictLabel(r.verdict, lang) : NONE);
  push(lines, f('verdict'), verdict(before), verdict(after));
  const value = (r: Rec | null) =>
    typeof r?.correctedValue === 'number' ? formatClaimValue(r.correctedValue, kind ?? 'count', lang) : NONE;
  push(lines, f('correctedValue'), value(before), value(after));
  push(lines, f('correctedText'), text(before?.correctedText), text(after?.correctedText));
  const reason = (r: Rec | null) => label(flagReasonLabels, (r?.flagReason as FlagReason | null | undefined) ?? null, lang);
  push(lines, f('flagReason'), reason(before), reason(after));
  push(lines, f('note'), text(before?.note), text(after?.note));
  lines.push(...evidenceLines(before?.evidence, after?.evidence, lang));
  return lines;
}

const claimFields = ['quote', 'kind', 'value', 'total', 'upper', 'unit', 'qualifier', 'subject', 'metric', 'period', 'modality'] as const;

/** What changed in a claim's facts or span, in words; an added claim lists what it holds. */
function claimLines(before: Rec | null, after: Rec | null, lang: Lang): HistoryLine[] {
  const lines: HistoryLine[] = [];
  const kindOf = (r: Rec | null) => (typeof r?.kind === 'string' ? (r.kind as ClaimKind) : 'count');
  const show = (r: Rec | null, field: (typeof claimFields)[number]): string => {
    if (!r) return NONE;
    const v = r[field];
    if (field === 'kind') return label(kindLabels, v, lang);
    if (field === 'qualifier') return label(qualifierLabels, v, lang);
    if (field === 'modality') return label(modalityLabels, v, lang);
    if (typeof v === 'number') return field === 'value' || field === 'upper' ? formatClaimValue(v, kindOf(r), lang) : formatNumber(v, lang);
    return text(v);
  };
  for (const field of claimFields) {
    if (!before && (field === 'quote' || show(after, field) === NONE)) continue;
    if (!after && field !== 'quote') continue;
    push(lines, fieldLabels[field][lang], show(before, field), show(after, field));
  }
  return lines;
}

function findingLines(before: Rec | null, after: Rec | null, ctx: HistoryContext, lang: Lang): HistoryLine[] {
  const lines: HistoryLine[] = [];
  const status = (r: Rec | null) => label(findingStatusLabels, r?.status ?? null, lang);
  push(lines, fieldLabels.status[lang], status(before), status(after));
  const decision = (r: Rec | null): string => {
    const d = asRecord(r?.decision);
    if (d?.kind === 'dismissed' && d.reason === 'not-same-fact') return notSameFactLabel[lang];
    if (!d || d.kind !== 'resolved') return NONE;
    if (typeof d.rightClaimId !== 'string') return extra.bothRight[lang];
    const quote = ctx.quoteOf(d.rightClaimId);
    return quote ? `«${quote}» ${extra.isRight[lang]}` : extra.isRight[lang];
  };
  push(lines, extra.decision[lang], decision(before), decision(after));
  const note = (r: Rec | null) => text(asRecord(r?.decision)?.note);
  push(lines, fieldLabels.note[lang], note(before), note(after));
  return lines;
}

function settingValue(key: string, value: unknown, lang: Lang): string {
  if (key === 'language') return value === 'en' ? 'English' : value === 'vi' ? 'Tiếng Việt' : text(value);
  if (key === 'theme') return value === 'dark' ? extra.dark[lang] : value === 'light' ? extra.light[lang] : text(value);
  if (typeof value === 'string') return text(value);
  return extra.changed[lang];
}

function settingsLines(before: Rec | null, after: Rec | null, lang: Lang): HistoryLine[] {
  const lines: HistoryLine[] = [];
  for (const key of Object.keys(after ?? {})) {
    const name = (extra as Record<string, Words>)[key]?.[lang] ?? extra.setting[lang];
    const b = settingValue(key, before?.[key], lang);
    const a = settingValue(key, after?.[key], lang);
    if (b === a && a === extra.changed[lang]) lines.push({ field: name, before: NONE, after: a });
    else push(lines, name, b, a);
  }
  return lines;
}

function countLine(field: string, before: unknown, after: unknown, lang: Lang): HistoryLine[] {
  const n = (v: unknown) => (typeof v === 'number' ? formatNumber(v, lang) : NONE);
  return n(before) === n(after) && n(after) === NONE ? [] : [{ field, before: n(before), after: n(after) }];
}

function baseName(path: unknown): string {
  return typeof path === 'string' ? (path.split(/[\\/]/).pop() ?? path) : NONE;
}

/** The lines of one audit event, and the label of its record. */
export function describeEvent(event: AuditEvent, ctx: HistoryContext, lang: Lang): HistoryTarget {
  const { base } = splitAction(event.action);
  const before = asRecord(event.before);
  const after = asRecord(event.after);
  const quote = ctx.quoteOf(event.target);
  const target = (lines: HistoryLine[], labelText: string | null = quote): HistoryTarget => ({ target: event.target, label: labelText, lines });
  const isReview = (r: Rec | null) => r !== null && typeof r.claimId === 'string' && typeof r.status === 'string';
  // "Giữ bản hiện tại": nothing changed (its before is the offer refused, not an earlier state).
  if (base === 'merge.keep_current') return target([], quote);
  if (base.startsWith('review.') || isReview(before) || isReview(after)) {
    const kind = ctx.kindOf?.(event.target) ?? null;
    return target(reviewLines(before, after, kind, ctx, lang));
  }
  if (base.startsWith('claim.')) {
    const claimQuote = text((after ?? before)?.quote);
    return target(claimLines(before, after, lang), quote ?? (claimQuote === NONE ? null : claimQuote));
  }
  if (base.startsWith('finding.')) return target(findingLines(before, after, ctx, lang));
  if (base === 'article.import') {
    return target(countLine(extra.claims[lang], undefined, after?.claims, lang), text(after?.title) === NONE ? baseName(after?.source) : text(after?.title));
  }
  if (base === 'settings.update') return target(settingsLines(before, after, lang), null);
  if (base === 'analysis.run') return target([...countLine(extra.findings[lang], before?.count, after?.count, lang), ...countLine(extra.open[lang], undefined, after?.open, lang)], null);
  if (base === 'workspace.export') {
    return target(
      [
        { field: extra.file[lang], before: NONE, after: baseName(after?.path) },
        ...countLine(extra.claims[lang], undefined, after?.count, lang),
      ],
      null,
    );
  }
  if (base.startsWith('merge.')) return target([], quote);
  return target([], null);
}

/**
 * Events grouped into editor actions (the events one action wrote share who, when and action), newest
 * first, each in words.
 */
export function describeHistory(events: readonly AuditEvent[], ctx: HistoryContext, lang: Lang): HistoryItem[] {
  const items: Array<HistoryItem & { raw: string }> = [];
  let current: (HistoryItem & { raw: string }) | null = null;
  for (const event of events) {
    const raw = `${event.who}\u0000${event.when}\u0000${event.action}`;
    const described = describeEvent(event, ctx, lang);
    if (current && current.raw === raw) {
      current.targets.push(described);
      continue;
    }
    current = {
      raw,
      key: String(event.seq),
      when: event.when,
      who: event.who,
      action: actionName(event.action, lang),
      direction: splitAction(event.action).direction,
      targets: [described],
    };
    items.push(current);
  }
  return items.map(({ raw: _raw, ...item }) => item).reverse();
}
