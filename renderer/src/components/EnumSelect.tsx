import type { Lang } from '../i18n';

interface EnumSelectProps<T extends string> {
  options: readonly T[];
  labels: Record<T, Record<Lang, string>>;
  lang: Lang;
  value: T | null;
  onChange: (value: T | null) => void;
  /** Text of the "none" option; without it a value must be chosen. */
  emptyLabel?: string;
  name?: string;
  ariaLabel?: string;
  autoFocus?: boolean;
}

/** A select over one of the schema's closed sets (kind, qualifier, modality…), labelled per language. */
export function EnumSelect<T extends string>({ options, labels, lang, value, onChange, emptyLabel, name, ariaLabel, autoFocus }: EnumSelectProps<T>) {
  return (
    <select name={name} aria-label={ariaLabel} autoFocus={autoFocus} value={value ?? ''} onChange={(e) => onChange((e.target.value || null) as T | null)}>
      {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
      {options.map((o) => (
        <option key={o} value={o}>
          {labels[o][lang]}
        </option>
      ))}
    </select>
  );
}
