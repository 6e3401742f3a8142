import { findingStatusLabels, findingTypeLabels, statusLabels, type Lang, type Words } from '../i18n';

/** Exports speak the desk's words: the same tables as the UI and the CLI (shared/i18n). */
export type ExportLanguage = Lang;

export const REVIEW_STATUS_LABELS = statusLabels;
export const FINDING_TYPE_LABELS = findingTypeLabels;
export const FINDING_STATUS_LABELS = findingStatusLabels;

export function label(labels: Words, lang: ExportLanguage): string {
  return labels[lang];
}
