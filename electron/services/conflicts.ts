// Conflicts between editors of a shared desk, in words: who changed the record first, when, and
// what they decided — so the second editor sees the other decision and chooses (keep theirs, or
// act again on top of it). One-person workspaces only meet the generic message.
import { findingStatusLabels, formatDateTime, statusLabels, type Lang } from '../../shared/i18n';
import type { Finding, Review } from '../../shared/schema';
import type { StoreConflictError } from '../store/port';
import { AppError } from './errors';

/** What the UI (or a test) can use to show both sides. */
export interface ConflictDetails {
  table: string;
  id: string;
  by: string | null;
  at: string | null;
  /** The record as the other editor left it (null: deleted). */
  current: unknown;
}

function decisionOf(table: string, current: unknown, lang: Lang): string {
  if (current === null || current === undefined) return lang === 'vi' ? 'đã xóa' : 'deleted';
  if (table === 'reviews') {
    const r = current as Review;
    const parts = [`«${statusLabels[r.status]?.[lang] ?? r.status}»`];
    if (r.status === 'corrected' && (r.correctedValue !== null || r.correctedText)) parts.push(`${r.correctedText ?? r.correctedValue}`);
    if (r.verdict) parts.push(r.verdict);
    if (r.note) parts.push(lang === 'vi' ? `ghi chú: ${r.note}` : `note: ${r.note}`);
    return parts.join(', ');
  }
  if (table === 'findings') {
    const f = current as Finding;
    const label = `«${findingStatusLabels[f.status]?.[lang] ?? f.status}»`;
    return f.resolution ? `${label}, ${f.resolution}` : label;
  }
  if (table === 'claims') return lang === 'vi' ? 'đã sửa nhận định' : 'edited the claim';
  return lang === 'vi' ? 'đã thay đổi' : 'changed it';
}

function subjectOf(table: string, lang: Lang): string {
  const vi = lang === 'vi';
  if (table === 'reviews' || table === 'claims') return vi ? 'Nhận định này' : 'This claim';
  if (table === 'findings') return vi ? 'Phát hiện này' : 'This finding';
  if (table === 'articles') return vi ? 'Bài viết này' : 'This article';
  if (table === 'settings') return vi ? 'Cài đặt' : 'The settings';
  return vi ? 'Mục này' : 'This item';
}

export function conflictDetails(e: StoreConflictError): ConflictDetails {
  return { table: e.table, id: e.id, by: e.other?.by ?? null, at: e.other?.at ?? null, current: e.other?.current ?? null };
}

/** "This claim was just reviewed by Lan (lan) at 10:02: «Verified», note: … Your change was not saved." */
export function conflictError(e: StoreConflictError): AppError {
  const d = conflictDetails(e);
  if (!d.by) {
    return new AppError(
      'conflict',
      {
        vi: 'Dữ liệu vừa thay đổi ở nơi khác; thay đổi của bạn chưa được lưu. Hãy tải lại và thử lại.',
        en: 'The data changed meanwhile; your change was not saved. Reload and try again.',
      },
      d,
    );
  }
  const say = (lang: Lang) => {
    const when = d.at ? formatDateTime(d.at, lang) : '';
    const decision = decisionOf(d.table, d.current, lang);
    return lang === 'vi'
      ? `${subjectOf(d.table, lang)} vừa được ${d.by} thay đổi${when ? ` lúc ${when}` : ''}: ${decision}. Thay đổi của bạn chưa được lưu — hãy giữ quyết định đó hoặc thực hiện lại thao tác của bạn.`
      : `${subjectOf(d.table, lang)} was just changed by ${d.by}${when ? ` at ${when}` : ''}: ${decision}. Your change was not saved — keep their decision or do your action again.`;
  };
  return new AppError('conflict', { vi: say('vi'), en: say('en') }, d);
}

/** Undo of one's own action refused because another editor changed the record since. */
export function undoRefused(e: StoreConflictError, direction: 'undo' | 'redo'): AppError {
  const d = conflictDetails(e);
  const say = (lang: Lang) => {
    const vi = lang === 'vi';
    const verb = direction === 'undo' ? (vi ? 'hoàn tác' : 'undo') : vi ? 'làm lại' : 'redo';
    if (!d.by) {
      return vi
        ? `Không thể ${verb}: dữ liệu đã thay đổi kể từ thao tác đó. Không có gì bị ghi đè.`
        : `Cannot ${verb}: the data changed since that action. Nothing was overwritten.`;
    }
    const when = d.at ? (vi ? ` lúc ${formatDateTime(d.at, lang)}` : ` at ${formatDateTime(d.at, lang)}`) : '';
    const decision = decisionOf(d.table, d.current, lang);
    return vi
      ? `Không thể ${verb}: ${d.by} đã thay đổi ${subjectOf(d.table, lang).toLowerCase()} sau thao tác của bạn${when} (${decision}). Bản của họ được giữ nguyên; bạn chỉ ${verb} được thao tác của chính mình khi chưa ai sửa lại.`
      : `Cannot ${verb}: ${d.by} changed ${subjectOf(d.table, lang).toLowerCase()} after your action${when} (${decision}). Their version stays; you can ${verb} your own actions only while nobody changed them since.`;
  };
  return new AppError('conflict', { vi: say('vi'), en: say('en') }, d);
}
