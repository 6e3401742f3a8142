import { t, type Lang } from '../i18n';

/** The submit button of a form and a cancel that says Esc does the same. */
export function FormActions({ lang, submitLabel, onCancel }: { lang: Lang; submitLabel: string; onCancel: () => void }) {
  return (
    <div className="form-actions">
      <button type="submit">{submitLabel}</button>
      <button type="button" onClick={onCancel}>
        {t(lang, 'cancel')} <kbd>Esc</kbd>
      </button>
    </div>
  );
}
