import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ClaimFields } from '../../../../shared/ipc/contract';
import { claimKinds, flagReasons, modalities, qualifiers, type FlagReason } from '../../../../shared/enums';
import type { Claim, ClaimKind, Modality, Qualifier, Review } from '../../../../shared/schema';
import { flagReasonLabels, formatClaimValue, formatNumber, kindLabels, modalityLabels, parseTypedNumber, parseTypedValue, qualifierLabels, t, type Lang } from '../../i18n';
import { useDesk } from '../../store';
import { EnumSelect } from '../../components/EnumSelect';
import { FormActions } from '../../components/FormActions';
import { dropDraft, readDraft, writeDraft } from '../../store/drafts';
import { correctedValueProblem } from '../../../../shared/review';
import { LOCALES } from '../../../../shared/i18n/format';
import { loadExtraction } from './extraction';
import { crossesParagraph } from '../reader/selection';

function numberText(value: number | null | undefined, lang: Lang, kind: ClaimKind = 'count'): string {
  if (value === null || value === undefined) return '';
  // A date claim is typed as a date (12/6/2021), never as its stored yyyymmdd number.
  if (kind === 'date') return formatClaimValue(value, 'date', 'vi');
  return formatNumber(value, lang).replace(/\u00a0/g, '');
}

/**
 * A number typed in one UI language, written the way another writes it ("1.891" → "1,891"), so that a
 * form open while the language changes saves what it showed: read the new way, "1.891" would be 1.891.
 * Text that is not a number (yet), and a date (typed day first in both languages), stay as typed.
 */
function retyped(text: string, kind: ClaimKind, from: Lang, to: Lang): string {
  if (from === to || kind === 'date') return text;
  const n = parseTypedValue(text, kind, from);
  if (n === null || Number.isNaN(n)) return text;
  const shown = numberText(n, to, kind);
  // The desk's format keeps four decimals: every digit typed stays.
  return parseTypedValue(shown, kind, to) === n ? shown : new Intl.NumberFormat(LOCALES[to], { maximumFractionDigits: 20 }).format(n);
}

/** Calls `change(from, to)` after the UI language changed under an open form. */
function useLanguageChange(lang: Lang, change: (from: Lang, to: Lang) => void): void {
  const shown = useRef(lang);
  const latest = useRef(change);
  latest.current = change;
  useEffect(() => {
    if (shown.current === lang) return;
    const from = shown.current;
    shown.current = lang;
    latest.current(from, lang);
  }, [lang]);
}

interface CorrectDraft {
  value: string;
  /** The UI language the value was typed in: a draft reopened after a switch is written the new way. */
  lang?: Lang;
  text: string;
  note: string;
}

interface FlagDraft {
  reason: FlagReason;
  note: string;
}

/** A correction typed differs from what the form shows for this saved review (erased text does not). */
const correctionDiffers =
  (d: CorrectDraft, lang: Lang, kind: Claim['kind']) =>
  (r: Review | undefined): boolean =>
    d.value.trim() !== numberText(r?.correctedValue ?? null, lang, kind) || d.text.trim() !== (r?.correctedText ?? '') || d.note.trim() !== (r?.note ?? '');

/** A flag form holds typed text when its note differs from the saved one; a reason picked alone is one key away. */
const flagDiffers =
  (d: FlagDraft) =>
  (r: Review | undefined): boolean =>
    d.note.trim() !== (r?.note ?? '');

export function CorrectForm({ claim, review }: { claim: Claim; review: Review | undefined }) {
  const lang = useDesk((s) => s.lang);
  const act = useDesk((s) => s.review);
  const setMode = useDesk((s) => s.setDetailMode);
  const isDate = claim.kind === 'date';
  // What was typed and left (another claim selected, Esc) comes back when the form opens again.
  const [draft] = useState(() => readDraft<CorrectDraft>('correct', claim.id));
  const [value, setValue] = useState(() => (draft ? retyped(draft.value, claim.kind, draft.lang ?? lang, lang) : numberText(review?.correctedValue ?? null, lang, claim.kind)));
  const [text, setText] = useState(draft?.text ?? review?.correctedText ?? '');
  const [note, setNote] = useState(draft?.note ?? review?.note ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  useLanguageChange(lang, (from, to) => setValue((v) => retyped(v, claim.kind, from, to)));
  const keep = (patch: Partial<CorrectDraft>) => {
    const next: CorrectDraft = { value, text, note, lang, ...patch };
    writeDraft<CorrectDraft>('correct', claim.id, next, correctionDiffers(next, lang, claim.kind), review);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The claim's kind decides what the value is: a date for a date claim, a number otherwise.
    const parsed = parseTypedValue(value, claim.kind, lang);
    if (Number.isNaN(parsed)) return setProblem(t(lang, isDate ? 'badDate' : 'badNumber'));
    if (parsed === null && text.trim() === '') return setProblem(t(lang, 'needCorrection'));
    // The same check the service makes (shared/review.ts), said here before anything is sent, and with
    // the same exception: a value already saved is not checked again, so a note or wording added to an
    // older correction goes through as it does from the CLI.
    const misfit = parsed === null || parsed === review?.correctedValue ? null : correctedValueProblem(claim, parsed);
    if (misfit) return setProblem(misfit[lang]);
    void act(claim.id, { status: 'corrected', correctedValue: parsed, correctedText: text.trim() || null, note: note.trim() || null }).then((ok) => {
      if (ok) dropDraft('correct', claim.id);
    });
  };
  return (
    <form className="detail-form" onSubmit={submit} aria-label={t(lang, 'correct')}>
      <p className="original">
        {t(lang, 'original')}: <strong>{claim.quote}</strong>
        {claim.value !== null && formatClaimValue(claim.value, claim.kind, lang) !== claim.quote ? ` (${formatClaimValue(claim.value, claim.kind, lang)})` : ''}
      </p>
      <label>
        {t(lang, isDate ? 'correctDate' : 'correctValue')}
        <input
          name="correctedValue"
          autoFocus
          inputMode={isDate ? 'text' : 'decimal'}
          placeholder={isDate ? t(lang, 'datePlaceholder') : undefined}
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            keep({ value: e.target.value });
          }}
        />
      </label>
      <label>
        {t(lang, 'correctText')}
        <input
          name="correctedText"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            keep({ text: e.target.value });
          }}
        />
      </label>
      <label>
        {t(lang, 'note')}
        <textarea
          name="note"
          rows={2}
          value={note}
          onChange={(e) => {
            setNote(e.target.value);
            keep({ note: e.target.value });
          }}
        />
      </label>
      {problem ? <p className="form-error" role="alert">{problem}</p> : null}
      <FormActions
        lang={lang}
        submitLabel={t(lang, 'save')}
        onCancel={() => {
          dropDraft('correct', claim.id);
          setMode('view');
        }}
      />
    </form>
  );
}

export function FlagForm({ claim, review }: { claim: Claim; review: Review | undefined }) {
  const lang = useDesk((s) => s.lang);
  const act = useDesk((s) => s.review);
  const setMode = useDesk((s) => s.setDetailMode);
  const [draft] = useState(() => readDraft<FlagDraft>('flag', claim.id));
  const [reason, setReasonState] = useState<FlagReason>(draft?.reason ?? review?.flagReason ?? 'needs_source');
  const [note, setNoteState] = useState(draft?.note ?? review?.note ?? '');
  const radios = useRef<Array<HTMLInputElement | null>>([]);
  const setReason = (r: FlagReason) => {
    setReasonState(r);
    writeDraft<FlagDraft>('flag', claim.id, { reason: r, note }, flagDiffers({ reason: r, note }), review);
  };
  const setNote = (n: string) => {
    setNoteState(n);
    writeDraft<FlagDraft>('flag', claim.id, { reason, note: n }, flagDiffers({ reason, note: n }), review);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void act(claim.id, { status: 'flagged', flagReason: reason, note: note.trim() || null }).then((ok) => {
      if (ok) dropDraft('flag', claim.id);
    });
    if (useDesk.getState().settings?.autoAdvance) useDesk.getState().moveSelection(1);
  };
  return (
    <form
      className="detail-form"
      onSubmit={submit}
      aria-label={t(lang, 'flag')}
      onKeyDown={(e) => {
        // 1–5 pick a reason without leaving the keyboard's home row.
        const n = Number(e.key);
        if ((e.target as HTMLElement).tagName !== 'TEXTAREA' && n >= 1 && n <= flagReasons.length) {
          e.preventDefault();
          setReason(flagReasons[n - 1] as FlagReason);
          // The focus ring follows the choice, so what is ticked is what is outlined.
          radios.current[n - 1]?.focus();
        }
      }}
    >
      <fieldset>
        <legend>{t(lang, 'flagReason')}</legend>
        {flagReasons.map((r, i) => (
          <label key={r} className="radio">
            <input
              type="radio"
              name="flagReason"
              value={r}
              ref={(el) => {
                radios.current[i] = el;
              }}
              checked={reason === r}
              autoFocus={reason === r}
              onChange={() => setReason(r)}
            />
            <kbd>{i + 1}</kbd> {flagReasonLabels[r][lang]}
          </label>
        ))}
      </fieldset>
      <label>
        {t(lang, 'note')}
        <textarea name="note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <FormActions
        lang={lang}
        submitLabel={t(lang, 'flag')}
        onCancel={() => {
          dropDraft('flag', claim.id);
          setMode('view');
        }}
      />
    </form>
  );
}

type FieldDraft = Record<'value' | 'total' | 'upper' | 'unit' | 'subject' | 'metric' | 'period', string> & {
  kind: ClaimKind;
  qualifier: Qualifier | '';
  modality: Modality | '';
};

/** Longest selection read by the extraction to fill the add form (a sentence or two; more is not one figure). */
const PREFILL_MAX = 400;

/**
 * What the extraction reads in the selected words, when it reads exactly one figure there
 * ("42,13%" → tỷ lệ %, 42,13): the add form starts from it. Otherwise nothing (the form as it was).
 */
export async function prefillFromSelection(quote: string, lang: Lang): Promise<Partial<FieldDraft> | null> {
  if (quote.length === 0 || quote.length > PREFILL_MAX) return null;
  // (Loaded apart from the first screen, see extraction.ts: a failed load leaves the form as it was.)
  const engine = await loadExtraction().catch(() => null);
  if (engine === null) return null;
  const found = engine.extractClaims(quote);
  if (found.length !== 1) return null;
  const c = found[0]!;
  return {
    kind: c.kind,
    value: numberText(c.value, lang, c.kind),
    total: numberText(c.total, lang),
    upper: numberText(c.upper, lang, c.kind),
    unit: c.unit ?? '',
    qualifier: c.qualifier ?? '',
  };
}

/** Edit a claim's facts (and span), or describe a new claim made from the reader's selection. */
export function ClaimFieldsForm({ claim, mode }: { claim: Claim | null; mode: 'edit' | 'add' }) {
  const lang = useDesk((s) => s.lang);
  const selection = useDesk((s) => s.selection);
  const current = useDesk((s) => s.current);
  const addClaim = useDesk((s) => s.addClaim);
  const editClaim = useDesk((s) => s.editClaim);
  const setMode = useDesk((s) => s.setDetailMode);
  const [draft, setDraft] = useState<FieldDraft>({
    kind: claim?.kind ?? 'count',
    value: numberText(claim?.value, lang, claim?.kind),
    total: numberText(claim?.total, lang),
    upper: numberText(claim?.upper, lang, claim?.kind),
    unit: claim?.unit ?? '',
    qualifier: claim?.qualifier ?? '',
    subject: claim?.subject ?? '',
    metric: claim?.metric ?? '',
    period: claim?.period ?? '',
    modality: claim?.modality ?? '',
  });
  const [problem, setProblem] = useState<string | null>(null);
  useLanguageChange(lang, (from, to) =>
    setDraft((d) => ({ ...d, value: retyped(d.value, d.kind, from, to), total: retyped(d.total, 'count', from, to), upper: retyped(d.upper, d.kind, from, to) })),
  );
  // Fields the editor typed or picked are theirs: a new selection no longer fills the form.
  const touched = useRef(false);
  const set = (patch: Partial<FieldDraft>) => {
    touched.current = true;
    setDraft((d) => ({ ...d, ...patch }));
  };
  const span = selection && current && selection.articleId === current.article.id ? selection : null;
  const articleText = current?.article.text ?? '';
  const quote = span ? articleText.slice(span.start, span.end) : null;
  // Said at once, in the form (QA31 note a): a span over two paragraphs is refused; one that is
  // already a claim is refused with a way to open it; one that overlaps claims may be added (a wider
  // claim around a figure), with those claims named and openable.
  const crossing = span !== null && crossesParagraph(articleText, span);
  const overlapping =
    mode === 'add' && span && current ? current.claims.filter((c) => c.start < span.end && span.start < c.end) : [];
  const same = span ? overlapping.find((c) => c.start === span.start && c.end === span.end) : undefined;
  const selectClaim = useDesk((s) => s.selectClaim);

  // A new claim starts from what the extraction reads in the selection, until the editor changes a field.
  const prefillBase = useRef(draft);
  useEffect(() => {
    if (mode !== 'add' || touched.current) return;
    setDraft({ ...prefillBase.current });
    if (!quote) return;
    // (The engine may still be loading: a field the editor changed meanwhile is theirs, and a newer
    // selection's answer replaces this one.)
    let latest = true;
    void prefillFromSelection(quote, lang).then((filled) => {
      if (latest && filled !== null && !touched.current) setDraft({ ...prefillBase.current, ...filled });
    });
    return () => {
      latest = false;
    };
  }, [mode, quote, lang]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Typed numbers are read the way the UI language writes them ("1.891" is 1891 in Vietnamese, 1.891 in English).
    const numbers = {
      value: parseTypedValue(draft.value, draft.kind, lang),
      total: parseTypedNumber(draft.total, lang),
      upper: parseTypedValue(draft.upper, draft.kind, lang),
    };
    if (Object.values(numbers).some((n) => Number.isNaN(n))) return setProblem(t(lang, draft.kind === 'date' ? 'badDate' : 'badNumber'));
    // The value must fit the kind, as the service checks (shared/review.ts), when value, kind or total change.
    const changed = !claim || numbers.value !== claim.value || draft.kind !== claim.kind || numbers.total !== claim.total;
    const misfit = numbers.value === null || !changed ? null : correctedValueProblem({ kind: draft.kind, total: numbers.total }, numbers.value);
    if (misfit) return setProblem(misfit[lang]);
    const fields: ClaimFields = {
      kind: draft.kind,
      ...numbers,
      unit: draft.unit.trim() || null,
      qualifier: draft.qualifier || null,
      subject: draft.subject.trim() || null,
      metric: draft.metric.trim() || null,
      period: draft.period.trim() || null,
      modality: draft.modality || null,
    };
    if (span && crossing) return setProblem(t(lang, 'selectionCrossesParagraph'));
    if (mode === 'add') {
      if (!span) return setProblem(t(lang, 'selectionHint'));
      if (same) return setProblem(t(lang, 'selectionIsClaim').replace('{quote}', same.quote));
      void addClaim(fields);
    } else if (claim) {
      void editClaim(claim.id, span ? { start: span.start, end: span.end, fields } : { fields });
    }
  };

  const text = (name: keyof FieldDraft, label: string) => (
    <label>
      {label}
      <input name={name} value={draft[name]} onChange={(e) => set({ [name]: e.target.value } as Partial<FieldDraft>)} />
    </label>
  );
  return (
    <form className="detail-form fields-form" onSubmit={submit} aria-label={t(lang, mode === 'add' ? 'addClaim' : 'editClaim')}>
      <h3>{t(lang, mode === 'add' ? 'addClaim' : 'editClaim')}</h3>
      <p className="original">
        {t(lang, 'quote')}:{' '}
        <strong>{span && current ? current.article.text.slice(span.start, span.end) : (claim?.quote ?? '—')}</strong>
        {mode === 'edit' && span ? ` (${t(lang, 'useSelection')})` : ''}
      </p>
      {mode === 'add' && !span ? <p className="hint">{t(lang, 'selectionHint')}</p> : null}
      {crossing ? (
        <p className="form-error" role="alert" data-testid="selection-crossing">
          {t(lang, 'selectionCrossesParagraph')}
        </p>
      ) : null}
      {overlapping.length > 0 ? (
        <div className={same ? 'form-error' : 'hint'} role={same ? 'alert' : 'status'} data-testid="selection-overlap">
          {same
            ? t(lang, 'selectionIsClaim').replace('{quote}', same.quote)
            : t(lang, 'selectionOverlaps').replace('{n}', formatNumber(overlapping.length, lang))}
          <ul className="overlap-list">
            {overlapping.slice(0, 3).map((c) => (
              <li key={c.id}>
                <button type="button" className="link" onClick={() => selectClaim(c.id)}>
                  {t(lang, 'openClaim')} «{c.quote.length > 60 ? `${c.quote.slice(0, 60)}…` : c.quote}»
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <label>
        {t(lang, 'kind')}
        <EnumSelect name="kind" autoFocus options={claimKinds} labels={kindLabels} lang={lang} value={draft.kind} onChange={(v) => set({ kind: v ?? draft.kind })} />
      </label>
      {text('value', t(lang, 'value'))}
      {text('total', t(lang, 'total'))}
      {text('upper', t(lang, 'upper'))}
      {text('unit', t(lang, 'unit'))}
      <label>
        {t(lang, 'qualifier')}
        <EnumSelect name="qualifier" emptyLabel="—" options={qualifiers} labels={qualifierLabels} lang={lang} value={draft.qualifier || null} onChange={(v) => set({ qualifier: v ?? '' })} />
      </label>
      {text('subject', t(lang, 'subject'))}
      {text('metric', t(lang, 'metric'))}
      {text('period', t(lang, 'period'))}
      <label>
        {t(lang, 'modality')}
        <EnumSelect name="modality" emptyLabel="—" options={modalities} labels={modalityLabels} lang={lang} value={draft.modality || null} onChange={(v) => set({ modality: v ?? '' })} />
      </label>
      {problem ? <p className="form-error" role="alert">{problem}</p> : null}
      <FormActions lang={lang} submitLabel={t(lang, 'save')} onCancel={() => setMode('view')} />
    </form>
  );
}
