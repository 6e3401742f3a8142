import { useEffect, useRef } from 'react';
import { formatDate, parseTypedDay, typedDayProblem } from '../../../shared/i18n';
import { t, type Lang } from '../i18n';

/**
 * A day typed as the app's language writes it (8/3/2024 in Vietnamese, 8 Mar 2024 in English; day
 * first in both), not the browser's native date picker, which follows the OS locale (mm/dd/yyyy).
 * Controlled by its text; a valid day is shown back in the desk's format when the field is left or
 * the language changes. `error` (from dayFieldProblem) is shown under the field.
 */
export function DateField({ name, label, lang, text, onText, error }: { name: string; label: string; lang: Lang; text: string; onText: (text: string) => void; error: string | null }) {
  const errorId = `${name}-error`;
  const latest = useRef({ text, onText });
  latest.current = { text, onText };
  useEffect(() => {
    const iso = parseTypedDay(latest.current.text);
    if (iso) latest.current.onText(formatDate(iso, lang));
  }, [lang]);
  return (
    <label>
      {label}
      <input
        name={name}
        inputMode="numeric"
        autoComplete="off"
        placeholder={t(lang, 'datePlaceholder')}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => onText(e.target.value)}
        onBlur={() => {
          const iso = parseTypedDay(text);
          if (iso) onText(formatDate(iso, lang));
        }}
      />
      {error ? (
        <span className="form-error field-error" id={errorId} role="alert">
          {error}
        </span>
      ) : null}
    </label>
  );
}

/** The sentence under a date field that does not hold a day, in the UI language, saying what is wrong; null when it is empty or fine. */
export function dayFieldProblem(text: string, label: string, lang: Lang): string | null {
  const problem = typedDayProblem(text);
  if (!problem) return null;
  const typed = lang === 'vi' ? `«${text.trim()}»` : `"${text.trim()}"`;
  const why = {
    noYear: { vi: 'thiếu năm', en: 'has no year' },
    shortYear: { vi: 'cần năm đủ bốn chữ số', en: 'needs the year in four digits' },
    notReal: { vi: 'không phải một ngày có thật', en: 'is not a real date' },
    notADate: { vi: 'không đọc được thành một ngày', en: 'cannot be read as a date' },
  }[problem][lang];
  return lang === 'vi'
    ? `${label}: ${typed} ${why}; hãy nhập ngày/tháng/năm, ví dụ 8/3/2024.`
    : `${label}: ${typed} ${why}; type day/month/year, for example 8/3/2024 or 8 Mar 2024.`;
}
