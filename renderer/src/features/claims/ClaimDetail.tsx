import { explainStoredFinding } from '../../../../shared/analysis/explain';
import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useFindings } from '../../store/findings';
import type { Claim, Review, ReviewStatus } from '../../../../shared/schema';
import { verdictLabel, verdictScaleOf } from '../../../../shared/settings';
import { linkHost, readWebLink } from '../../../../shared/webLink';
import { api } from '../../api';
import {
  findingTypeLabels,
  flagReasonLabels,
  formatClaimValue,
  formatNumber,
  kindLabels,
  modalityLabels,
  qualifierLabels,
  statusIcons,
  statusLabels,
  t,
} from '../../i18n';
import { useDesk } from '../../store';
import { ClaimFieldsForm, CorrectForm, FlagForm } from './forms';
import { dropDraft, hasDraft, readDraft, writeDraft } from '../../store/drafts';
import { HistoryList } from '../history/HistoryList';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children === null || children === undefined || children === '' ? '—' : children}</dd>
    </>
  );
}

const actions: Array<{ status: ReviewStatus | 'correct' | 'flag'; label: 'verify' | 'correct' | 'flag' | 'reject' | 'reset'; key: string }> = [
  { status: 'verified', label: 'verify', key: 'v' },
  { status: 'correct', label: 'correct', key: 'c' },
  { status: 'flag', label: 'flag', key: 'f' },
  { status: 'rejected', label: 'reject', key: 'x' },
  { status: 'unreviewed', label: 'reset', key: 'u' },
];

function Sentence({ claim, text }: { claim: Claim; text: string }) {
  const s = claim.sentenceStart;
  return (
    <p className="detail-sentence">
      {text.slice(s, claim.start)}
      <strong>{text.slice(claim.start, claim.end)}</strong>
      {text.slice(claim.end, claim.sentenceEnd)}
    </p>
  );
}

/**
 * A link as the contract accepts it: a well-formed http(s) address (shared/webLink readWebLink:
 * "gso.gov.vn/bao-cao" completed with https://, spaces in the path encoded); null otherwise.
 */
export function completeWebUrl(raw: string): string | null {
  const read = readWebLink(raw);
  return read.ok ? read.url : null;
}

function NoteEditor({ claim, review }: { claim: Claim; review: Review | undefined }) {
  const lang = useDesk((s) => s.lang);
  const act = useDesk((s) => s.review);
  const saved = review?.note ?? '';
  // A note typed and left unsaved (another claim selected) comes back as it was typed.
  const [note, setNote] = useState(() => readDraft<string>('note', claim.id) ?? saved);
  // A note saved elsewhere (undo, the shared desk) replaces the text unless the editor has a draft.
  useEffect(() => {
    if (!hasDraft('note', claim.id)) setNote(saved);
  }, [saved, claim.id]);
  const dirty = note !== saved;
  const edit = (value: string) => {
    setNote(value);
    if (value === saved) dropDraft('note', claim.id);
    else writeDraft('note', claim.id, value, (r) => value.trim() !== (r?.note ?? ''), review);
  };
  const save = async () => {
    const value = note.trim() || null;
    if (await act(claim.id, { status: review?.status ?? 'unreviewed', note: value })) {
      dropDraft('note', claim.id);
      setNote(value ?? '');
    }
  };
  return (
    <div className="note-editor">
      <label htmlFor="claim-note">{t(lang, 'note')}</label>
      <textarea
        id="claim-note"
        rows={2}
        value={note}
        onChange={(e) => edit(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
        }}
      />
      {dirty ? (
        <p className="note-draft">
          <span className="hint">{t(lang, 'noteUnsaved')}</span>{' '}
          <button type="button" onClick={() => void save()}>
            {t(lang, 'saveNote')} <kbd>Ctrl+Enter</kbd>
          </button>
        </p>
      ) : null}
    </div>
  );
}

function EvidenceEditor({ claim, review }: { claim: Claim; review: Review | undefined }) {
  const lang = useDesk((s) => s.lang);
  const act = useDesk((s) => s.review);
  // A link typed for this claim stays with this claim (never shown under the next one) until added.
  const [draft] = useState(() => readDraft<{ url: string; note: string }>('evidence', claim.id));
  const [url, setUrlState] = useState(draft?.url ?? '');
  const [note, setNoteState] = useState(draft?.note ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const keep = (next: { url: string; note: string }) => {
    if (next.url === '' && next.note === '') dropDraft('evidence', claim.id);
    // A link saved (by "Thử lại" too) is no draft any more.
    else writeDraft('evidence', claim.id, next, (r) => !(r?.evidence ?? []).some((ev) => ev.url === completeWebUrl(next.url)), review);
  };
  // The draft was settled by a save of this claim (a retry): the fields no longer hold unsaved text.
  const savedEvidence = review?.evidence;
  useEffect(() => {
    if (!hasDraft('evidence', claim.id)) {
      setUrlState('');
      setNoteState('');
    }
  }, [savedEvidence, claim.id]);
  const setUrl = (value: string) => {
    setUrlState(value);
    keep({ url: value, note });
  };
  const setNote = (value: string) => {
    setNoteState(value);
    keep({ url, note: value });
  };
  const evidence = review?.evidence ?? [];
  const status = review?.status ?? 'unreviewed';
  const add = async (e: FormEvent) => {
    e.preventDefault();
    const read = readWebLink(url);
    if (!read.ok) return setProblem(t(lang, read.problem === 'space_in_host' ? 'urlSpaceInHost' : read.problem === 'several_links' ? 'urlSeveral' : 'invalidUrl'));
    const link = read.url;
    setProblem(null);
    // The typed link is kept until the save succeeds, so a failed save loses nothing.
    if (await act(claim.id, { status, evidence: [...evidence, { url: link, note: note.trim() }] })) {
      setUrlState('');
      setNoteState('');
      dropDraft('evidence', claim.id);
    }
  };
  return (
    <div className="evidence">
      <h3>{t(lang, 'evidence')}</h3>
      <ul>
        {evidence.map((ev, i) => (
          <li key={`${ev.url}-${i}`}>
            <a href={ev.url} title={ev.url} target="_blank" rel="noreferrer noopener" onClick={(e) => {
              e.preventDefault();
              void api.openExternal({ url: ev.url });
            }}>
              {/* The real host first: "vnexpress.net@evil.example" must read evil.example, whatever the note says. */}
              <span className="evidence-host">{linkHost(ev.url) ?? ev.url}</span>
              {ev.note ? ` · ${ev.note}` : ''}
            </a>
            <button type="button" className="link" aria-label={`${t(lang, 'removeEvidence')} ${linkHost(ev.url) ?? ev.url}`} onClick={() => void act(claim.id, { status, evidence: evidence.filter((_, j) => j !== i) })}>
              ✕
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={(e) => void add(e)} className="evidence-form" aria-label={t(lang, 'addEvidence')}>
        <input name="evidenceUrl" placeholder={t(lang, 'evidenceUrl')} aria-label={t(lang, 'evidenceUrl')} value={url} onChange={(e) => setUrl(e.target.value)} />
        <input name="evidenceNote" placeholder={t(lang, 'evidenceNote')} aria-label={t(lang, 'evidenceNote')} value={note} onChange={(e) => setNote(e.target.value)} />
        <button type="submit">{t(lang, 'addEvidence')}</button>
      </form>
      {problem ? <p className="form-error" role="alert">{problem}</p> : null}
    </div>
  );
}

function History({ claimId }: { claimId: string }) {
  const lang = useDesk((s) => s.lang);
  const [open, setOpen] = useState(false);
  return (
    <details className="history" open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{t(lang, 'history')}</summary>
      {open ? <HistoryList query={{ claimId }} showQuotes={false} label={t(lang, 'history')} /> : null}
    </details>
  );
}

function ClaimFindings({ claimId }: { claimId: string }) {
  const lang = useDesk((s) => s.lang);
  // The claim's own findings are asked for (a page), never picked out of every finding.
  const loaded = useFindings((s) => (s.claimFindings?.claimId === claimId ? s.claimFindings.findings : null));
  const loadClaimFindings = useFindings((s) => s.loadClaimFindings);
  const openFinding = useFindings((s) => s.openFinding);
  useEffect(() => {
    void loadClaimFindings(claimId);
  }, [claimId, loadClaimFindings]);
  const mine = useMemo(() => (loaded ?? []).filter((f) => f.type !== 'consistent'), [loaded]);
  if (mine.length === 0) return null;
  return (
    <div className="claim-findings">
      <h3>⟷ {t(lang, 'inFindings')}</h3>
      <ul>
        {mine.map((f) => (
          <li key={f.id}>
            <button type="button" className="link" onClick={() => void openFinding(f.id)}>
              {findingTypeLabels[f.type][lang]}
            </button>{' '}
            — {explainStoredFinding(f, lang).slice(0, 140)}
            {explainStoredFinding(f, lang).length > 140 ? '…' : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ClaimDetail() {
  const current = useDesk((s) => s.current);
  const lang = useDesk((s) => s.lang);
  const settings = useDesk((s) => s.settings);
  const selectedClaimId = useDesk((s) => s.selectedClaimId);
  const review = useDesk((s) => (s.selectedClaimId ? s.reviews[s.selectedClaimId] : undefined));
  const mode = useDesk((s) => s.detailMode);
  const setMode = useDesk((s) => s.setDetailMode);
  const act = useDesk((s) => s.review);
  const claim = current?.claims.find((c) => c.id === selectedClaimId) ?? null;
  const detailRef = useRef<HTMLElement>(null);
  // A new claim starts at the top of the pane: its quote must be in view, not the last one's history.
  useEffect(() => {
    const el = detailRef.current;
    if (el) el.scrollTop = 0;
  }, [selectedClaimId]);
  // A correction, flag or facts form that closes (saved, Cancel, Esc) takes its focused field with it:
  // the focus goes back to what had it when the form opened (the claim's row, the reader), else to the
  // claim's row, never left on <body> (QA59). What had it is read while rendering the first form frame,
  // before the form's field takes the focus.
  const formOpen = mode !== 'view';
  const opener = useRef<Element | null>(null);
  const wasOpen = useRef(formOpen);
  if (formOpen && !wasOpen.current && typeof document !== 'undefined') opener.current = document.activeElement;
  useEffect(() => {
    const closed = wasOpen.current && !formOpen;
    wasOpen.current = formOpen;
    if (!closed) return;
    const lost = () => {
      const active = document.activeElement;
      return !active || active === document.body || !active.isConnected;
    };
    if (!lost()) return;
    const back = opener.current;
    opener.current = null;
    if (back instanceof HTMLElement && back !== document.body && back.isConnected && !back.closest('[inert], [hidden]')) return void back.focus({ preventScroll: true });
    // The row may render a frame later (a narrow window hid the list behind the form).
    const frame = requestAnimationFrame(() => {
      if (!lost()) return;
      const id = useDesk.getState().selectedClaimId;
      const row = id ? document.querySelector<HTMLElement>(`.claim-item[data-list-claim="${CSS.escape(id)}"]`) : null;
      (row ?? document.querySelector<HTMLElement>('#claim-detail'))?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [formOpen]);

  if (mode === 'add' && current) return <ClaimFieldsForm key="add" claim={null} mode="add" />;
  if (!current || !claim) return <div className="empty">{t(lang, 'pickClaim')}</div>;
  if (mode === 'correct') return <CorrectForm key={claim.id} claim={claim} review={review} />;
  if (mode === 'flag') return <FlagForm key={claim.id} claim={claim} review={review} />;
  if (mode === 'edit') return <ClaimFieldsForm key={claim.id} claim={claim} mode="edit" />;

  const status = review?.status ?? 'unreviewed';
  const text = current.article.text;
  const sameSentence = current.claims.filter((c) => c.sentenceStart === claim.sentenceStart && c.id !== claim.id);
  const verdicts = settings ? verdictScaleOf(settings) : [];
  return (
    <section className="detail" id="claim-detail" ref={detailRef} aria-label={t(lang, 'detail')} tabIndex={-1}>
      <p className={`detail-status status-${status}`} data-testid="detail-status">
        {statusIcons[status]} {statusLabels[status][lang]}
        {status === 'flagged' && review?.flagReason ? <span data-testid="flag-reason"> · {flagReasonLabels[review.flagReason][lang]}</span> : null}
      </p>
      <blockquote className="detail-quote">{claim.quote}</blockquote>
      {status === 'corrected' && review ? (
        <div className="correction" data-testid="correction">
          <p>
            <span className="label">{t(lang, 'original')}:</span> <s>{claim.quote}</s>
            {claim.value !== null && formatClaimValue(claim.value, claim.kind, lang) !== claim.quote ? ` (${formatClaimValue(claim.value, claim.kind, lang)})` : ''}
          </p>
          <p>
            <span className="label">{t(lang, 'correction')}:</span>{' '}
            <strong>
              {review.correctedText ?? ''}
              {review.correctedValue !== null ? `${review.correctedText ? ' · ' : ''}${formatClaimValue(review.correctedValue, claim.kind, lang)}` : ''}
            </strong>
          </p>
        </div>
      ) : null}
      {/* Actions right under the quote: on a 768–900 px high window they never need inner scrolling. */}
      <div className="actions">
        {actions.map((a) => (
          <button
            key={a.status}
            type="button"
            className={`action action-${a.status}`}
            onClick={() => {
              if (a.status === 'correct' || a.status === 'flag') setMode(a.status);
              else void act(claim.id, { status: a.status });
            }}
          >
            {t(lang, a.label)} <kbd>{a.key}</kbd>
          </button>
        ))}
        <button type="button" className="action" onClick={() => setMode('edit')}>
          {t(lang, 'editClaim')} <kbd>e</kbd>
        </button>
      </div>
      <label className="verdict">
        {t(lang, 'verdict')}
        <select
          name="verdict"
          value={review?.verdict ?? ''}
          disabled={status === 'unreviewed'}
          onChange={(e) => void act(claim.id, { status, verdict: e.target.value || null })}
        >
          <option value="">{t(lang, 'noVerdict')}</option>
          {/* Each step with the key that picks it (d then its place): its rating beside it read as that key (QA62). */}
          {verdicts.map((v, i) => (
            <option key={v.id} value={v.id}>
              {verdictLabel(v, lang)}
              {i < 9 ? ` (d ${i + 1})` : ''}
            </option>
          ))}
        </select>
      </label>
      <Sentence claim={claim} text={text} />
      {sameSentence.length > 0 ? (
        <p className="same-sentence">
          {t(lang, 'sentenceShared')} ({sameSentence.length}):{' '}
          {sameSentence.map((c) => (
            <button key={c.id} type="button" className="link" onClick={() => useDesk.getState().selectClaim(c.id)}>
              {c.quote}
            </button>
          ))}
        </p>
      ) : null}
      <dl className="facts">
        <Field label={t(lang, 'kind')}>{kindLabels[claim.kind][lang]}</Field>
        <Field label={t(lang, 'value')}>
          {claim.value !== null ? formatClaimValue(claim.value, claim.kind, lang) : null}
          {claim.total !== null ? ` / ${formatNumber(claim.total, lang)}` : ''}
          {claim.upper !== null ? ` – ${formatNumber(claim.upper, lang)}` : ''}
        </Field>
        <Field label={t(lang, 'unit')}>{claim.unit}</Field>
        <Field label={t(lang, 'qualifier')}>{claim.qualifier ? qualifierLabels[claim.qualifier][lang] : null}</Field>
        <Field label={t(lang, 'subject')}>{claim.subject}</Field>
        <Field label={t(lang, 'metric')}>{claim.metric}</Field>
        <Field label={t(lang, 'period')}>{claim.period}</Field>
        <Field label={t(lang, 'modality')}>{claim.modality ? modalityLabels[claim.modality][lang] : null}</Field>
        {claim.years ? <Field label={t(lang, 'years')}>{claim.years.join(', ')}</Field> : null}
        {review && review.status !== 'unreviewed' ? <Field label={t(lang, 'reviewer')}>{review.reviewer}</Field> : null}
      </dl>
      <ClaimFindings claimId={claim.id} />
      <NoteEditor key={`note-${claim.id}`} claim={claim} review={review} />
      <EvidenceEditor key={`evidence-${claim.id}`} claim={claim} review={review} />
      <History claimId={claim.id} />
    </section>
  );
}
