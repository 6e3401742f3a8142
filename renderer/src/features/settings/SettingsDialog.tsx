import { useState, type FormEvent } from 'react';
import type { Verdict } from '../../../../shared/schema';
import { claimReviewUrlPatternOf, newsroomOf, settingsPatchProblems, verdictScaleOf, type SettingsProblem } from '../../../../shared/settings';
import { api } from '../../api';
import { t } from '../../i18n';
import { inFlightCommit, useDesk } from '../../store';
import { useTransfer } from '../../store/transfer';
import { Dialog } from '../transfer/Dialog';
import { FormActions } from '../../components/FormActions';
import { BackupsSection } from './BackupsSection';
import { SharedDeskSection } from '../desk/SharedDeskSection';

export function SettingsDialog() {
  const lang = useDesk((s) => s.lang);
  const settings = useDesk((s) => s.settings);
  const path = useDesk((s) => s.workspacePath);
  const open = useTransfer((s) => s.open);
  const reextract = useTransfer((s) => s.reextract);
  const [reviewer, setReviewer] = useState(settings?.reviewerName ?? '');
  const [name, setName] = useState(settings ? newsroomOf(settings).name : '');
  const [url, setUrl] = useState(settings ? newsroomOf(settings).url : '');
  const [pattern, setPattern] = useState(settings ? claimReviewUrlPatternOf(settings) : '');
  const [verdicts, setVerdicts] = useState<Verdict[]>(settings ? verdictScaleOf(settings) : []);
  const [autoAdvance, setAutoAdvance] = useState(settings?.autoAdvance ?? false);
  const [problem, setProblem] = useState<string | null>(null);
  // Problems found before sending, each shown under its own field (the main process says the same).
  const [fieldProblems, setFieldProblems] = useState<SettingsProblem[]>([]);
  const problemOf = (field: SettingsProblem['field']) => fieldProblems.find((p) => p.field === field)?.message[lang] ?? null;
  /** aria wiring and the message under one field. */
  const fieldError = (field: SettingsProblem['field']) => {
    const message = problemOf(field);
    return {
      input: message ? { 'aria-invalid': true, 'aria-describedby': `settings-error-${field}` } : {},
      note: message ? (
        <span className="form-error field-error" id={`settings-error-${field}`} role="alert" data-testid={`settings-error-${field}`}>
          {message}
        </span>
      ) : null,
    };
  };
  const editVerdict = (i: number, patch: Partial<Verdict>) => setVerdicts((list) => list.map((v, j) => (j === i ? { ...v, ...patch } : v)));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const patch = {
      ...(reviewer.trim() ? { reviewerName: reviewer.trim() } : {}),
      newsroom: { name: name.trim(), url: url.trim() },
      claimReviewUrlPattern: pattern.trim(),
      verdicts,
      autoAdvance,
    };
    const found = settingsPatchProblems(patch);
    setFieldProblems(found);
    if (found.length > 0) {
      setProblem(null);
      document.querySelector<HTMLElement>(`[aria-describedby="settings-error-${found[0]?.field ?? ''}"]`)?.focus();
      return;
    }
    const saved = await inFlightCommit(() => api.updateSettings(patch));
    if (!saved.ok) return setProblem(saved.error.message);
    useDesk.setState({ settings: saved.value });
    open('none');
  };
  return (
    <Dialog label={t(lang, 'settings')}>
      <form className="detail-form" onSubmit={(e) => void submit(e)}>
        <label>
          {t(lang, 'reviewerName')}
          <input name="reviewerName" value={reviewer} onChange={(e) => setReviewer(e.target.value)} {...fieldError('reviewerName').input} />
          {fieldError('reviewerName').note}
        </label>
        <label>
          {t(lang, 'newsroomName')}
          <input name="newsroomName" value={name} onChange={(e) => setName(e.target.value)} {...fieldError('newsroomName').input} />
          {fieldError('newsroomName').note}
        </label>
        <label>
          {t(lang, 'newsroomUrl')}
          <input name="newsroomUrl" placeholder="https://" value={url} onChange={(e) => setUrl(e.target.value)} {...fieldError('newsroomUrl').input} />
          {fieldError('newsroomUrl').note}
        </label>
        <label>
          {t(lang, 'claimReviewPattern')}
          <input
            name="claimReviewUrlPattern"
            placeholder="https://…/{claimId}"
            value={pattern}
            onChange={(e) => setPattern(e.target.value)}
            {...fieldError('claimReviewUrlPattern').input}
          />
          {fieldError('claimReviewUrlPattern').note}
        </label>
        <label className="radio">
          <input type="checkbox" name="autoAdvance" checked={autoAdvance} onChange={(e) => setAutoAdvance(e.target.checked)} />
          {t(lang, 'autoAdvance')}
        </label>
        <fieldset className="verdict-scale">
          <legend>{t(lang, 'verdictScale')}</legend>
          <p className="hint">{t(lang, 'verdictScaleHint')}</p>
          {fieldError('verdicts').note}
          {verdicts.map((v, i) => (
            <div key={i} className="verdict-row">
              <input aria-label={`${t(lang, 'verdict')} ${i + 1} (vi)`} value={v.label_vi} onChange={(e) => editVerdict(i, { label_vi: e.target.value })} />
              <input aria-label={`${t(lang, 'verdict')} ${i + 1} (en)`} value={v.label_en} onChange={(e) => editVerdict(i, { label_en: e.target.value })} />
              <input
                aria-label={`${t(lang, 'verdict')} ${i + 1} rating`}
                className="rating"
                inputMode="numeric"
                value={v.rating ?? ''}
                onChange={(e) => editVerdict(i, { rating: /^\d+$/.test(e.target.value) && Number(e.target.value) >= 1 ? Number(e.target.value) : null })}
              />
              <button type="button" className="link" aria-label={`${t(lang, 'removeVerdict')} ${i + 1}`} disabled={verdicts.length <= 1} onClick={() => setVerdicts((list) => list.filter((_, j) => j !== i))}>
                ✕
              </button>
            </div>
          ))}
          <button
            type="button"
            onClick={() => setVerdicts((list) => [...list, { id: `v${Date.now().toString(36)}`, label_vi: '', label_en: '', rating: null }])}
          >
            + {t(lang, 'verdict')}
          </button>
        </fieldset>
        <p className="hint">
          {t(lang, 'workspaceFile')}: <code>{path}</code>
        </p>
        <p className="hint">{t(lang, 'reextractHint')}</p>
        <button type="button" onClick={() => void reextract()}>
          {t(lang, 'reextract')}
        </button>
        {problem ? <p className="form-error" role="alert">{problem}</p> : null}
        <FormActions lang={lang} submitLabel={t(lang, 'save')} onCancel={() => open('none')} />
      </form>
      <SharedDeskSection />
      <BackupsSection />
    </Dialog>
  );
}
