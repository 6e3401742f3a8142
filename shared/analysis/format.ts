/** Numbers and dates in explanations follow the UI rules: vi 1.891 / 42,13 / 8/3/2024; en 1,891 / 8 Mar 2024. */
export type Language = 'vi' | 'en';

const formatters: Record<Language, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 }),
};

export function formatNumber(n: number, lang: Language): string {
  return formatters[lang].format(n);
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** ISO date (yyyy-mm-dd…) for display; parsed by hand so no time zone can shift the day. */
export function formatDate(iso: string | null, lang: Language): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!m) return lang === 'vi' ? 'không rõ ngày' : 'undated';
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return lang === 'vi' ? `${d}/${mo}/${y}` : `${d} ${EN_MONTHS[mo - 1] ?? mo} ${y}`;
}

export function formatMonth(monthIndex: number, lang: Language): string {
  const y = Math.floor(monthIndex / 12);
  const mo = (monthIndex % 12) + 1;
  return lang === 'vi' ? `tháng ${mo}/${y}` : `${EN_MONTHS[mo - 1] ?? mo} ${y}`;
}

/** "2020 và 2022" / "2020 and 2022"; with 'or' for alternatives: "2020 hoặc 2022" / "2020 or 2022". */
export function formatList(items: readonly string[], lang: Language, joiner: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1] ?? '';
  const word = joiner === 'and' ? (lang === 'vi' ? 'và' : 'and') : lang === 'vi' ? 'hoặc' : 'or';
  return `${items.slice(0, -1).join(', ')} ${word} ${last}`;
}
