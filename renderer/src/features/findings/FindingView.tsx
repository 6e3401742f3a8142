import { useEffect, useRef, useState } from 'react';
import { explainStoredFinding } from '../../../../shared/analysis/explain';
import type { PassageSide } from '../../../../shared/analysis/model';
import type { FindingDetail } from '../../../../shared/ipc/contract';
import { formatDate, findingStatusLabels, findingTypeLabels, statusIcons, statusLabels, t } from '../../i18n';
import { useDesk } from '../../store';
import { dropFindingNote, findingNoteDraft, keepFindingNote } from '../../store/drafts';
import { useFindings } from '../../store/findings';
import { PassageDiff } from './PassageDiff';

type Side = FindingDetail['sides'][number];

function Quote({ side }: { side: Side }) {
  const { claim, sentence } = side;
  const at = claim.start - claim.sentenceStart;
  return (
    <p className="finding-sentence">
      {sentence.slice(0, at)}
      <mark className={`hl status-${side.status}`}>{sentence.slice(at, at + claim.quote.length)}</mark>
      {sentence.slice(at + claim.quote.length)}
    </p>
  );
}

/** The values of the compared claims in publication order: an update reads left to right. */
function Timeline({ sides }: { sides: Side[] }) {
  const lang = useDesk((s) => s.lang);
  if (sides.length < 2) return null;
  const ordered = [...sides].sort((a, b) => (a.article.publishedAt ?? '').localeCompare(b.article.publishedAt ?? ''));
  return (
    <ol className="timeline" aria-label={t(lang, 'timeline')}>
      {ordered.map((s) => (
        <li key={s.claim.id}>
          <span className="when">{s.article.publishedAt ? formatDate(s.article.publishedAt, lang) : t(lang, 'undated')}</span>
          <strong>{s.claim.quote}</strong>
          {s.claim.years ? <span className="years">{s.claim.years.join(', ')}</span> : null}
        </li>
      ))}
    </ol>
  );
}

/** Outlet · date · status under a side's title; a span of text (no claim) has the same line, its status "not a claim". */
function SideMeta({ outlet, publishedAt, status }: { outlet: string | null; publishedAt: string | null; status: string }) {
  const lang = useDesk((s) => s.lang);
  return (
    <p className="meta">
      {[outlet, publishedAt ? formatDate(publishedAt, lang) : t(lang, 'undated'), status].filter(Boolean).join(' · ')}
    </p>
  );
}

/** The sentence of a span with the span's words marked, like a claim's card. */
function SpanSentence({ sentence, quote }: { sentence: string; quote: string }) {
  const at = sentence.indexOf(quote);
  if (at < 0) return <p className="finding-sentence">{sentence}</p>;
  return (
    <p className="finding-sentence">
      {sentence.slice(0, at)}
      <mark className="hl spotlight">{quote}</mark>
      {sentence.slice(at + quote.length)}
    </p>
  );
}

/**
 * The decision as words in the UI language, from the decision kept with the finding (the saved
 * `resolution` sentence is in the language it was decided in, and drops the reason "not the same fact"
 * when a note was typed); that sentence only for a finding decided before decisions were kept.
 */
function decisionWords(detail: FindingDetail, lang: 'vi' | 'en'): string | null {
  const { finding, sides } = detail;
  const d = finding.decision;
  if (!d) return finding.resolution ?? null;
  const note = d.note.trim();
  const parts: string[] = [];
  if (d.kind === 'dismissed' && d.reason === 'not-same-fact') parts.push(t(lang, 'notSameFact'));
  if (d.kind === 'resolved') {
    const right = d.rightClaimId ? sides.find((s) => s.claim.id === d.rightClaimId) : undefined;
    if (right) parts.push(`«${right.claim.quote}» ${t(lang, 'isRight')}`);
    else if (sides.length > 1) parts.push(t(lang, 'bothRight'));
  }
  // "Not the same fact" without a typed note is saved with that label as its note: not said twice.
  if (note && note !== t('vi', 'notSameFact') && note !== t('en', 'notSameFact')) parts.push(note);
  const status = findingStatusLabels[d.kind][lang];
  return parts.length > 0 ? `${status}: ${parts.join(' — ')}` : status;
}

export function FindingView({ detail }: { detail: FindingDetail }) {
  const lang = useDesk((s) => s.lang);
  const openArticle = useDesk((s) => s.openArticle);
  const close = useFindings((s) => s.closeFinding);
  const decide = useFindings((s) => s.decide);
  // A note typed and left (another finding opened) comes back; a decision saved with it ends it.
  const [note, setNote] = useState(() => findingNoteDraft(detail.finding.id) ?? '');
  // Off by default: a decision on a finding leaves claim reviews alone unless the editor asks.
  const [applyReviews, setApplyReviews] = useState(false);
  const [flagOthers, setFlagOthers] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { finding, sides } = detail;
  // A decision removes the buttons it was made with ("Mở lại" goes when reopened): the focus, left on
  // <body>, goes to the decision said, or to the note field of the reopened finding.
  const decisionLine = useRef<HTMLParagraphElement>(null);
  const noteField = useRef<HTMLTextAreaElement>(null);
  const shownStatus = useRef(finding.status);
  useEffect(() => {
    if (shownStatus.current === finding.status) return;
    shownStatus.current = finding.status;
    if (document.activeElement && document.activeElement !== document.body) return;
    (finding.status === 'open' ? noteField.current : decisionLine.current)?.focus();
  }, [finding.status]);
  // A span over the same words as one of the claims would repeat that card: show it once.
  const spans = detail.spans.filter(
    (sp) => !sides.some((side) => side.article.id === sp.articleId && side.claim.start < sp.end && sp.start < side.claim.end),
  );
  const openSpan = useDesk((s) => s.openSpan);
  const findingId = finding.id;
  // One claim (or only a span of text) is one thing to judge: no "both", no sides to pick.
  const single = sides.length < 2;

  // An update's earlier figure was true when published: only a conflict may flag the other side.
  const canFlagOthers = sides.length > 1 && (finding.type === 'conflict' || finding.type === 'internal');
  const decideWithNote = (input: Parameters<typeof decide>[0]) =>
    void decide(input).then((saved) => {
      if (saved) dropFindingNote(findingId);
    });
  const resolve = (rightClaimId: string | null) =>
    decideWithNote({ findingId, decision: 'resolve', rightClaimId, note, applyReviews, flagOthers: canFlagOthers && rightClaimId !== null && flagOthers });
  const dismiss = () => {
    if (note.trim() === '') return setProblem(t(lang, 'needReason'));
    setProblem(null);
    decideWithNote({ findingId, decision: 'dismiss', note });
  };
  // The reason is the decision: a note beside it only when one was typed (not the label, in the language of the moment).
  const notSameFact = () => decideWithNote({ findingId, decision: 'dismiss', note: note.trim(), reason: 'not-same-fact' });
  const facts = finding.facts;
  const passages = facts?.rule === 'aligned-passage' ? (facts as unknown as { a: PassageSide; b: PassageSide; basis?: 'same-event'; context?: string[] }) : null;

  return (
    <article className="finding-view" aria-label={t(lang, 'findings')} data-testid="finding-view">
      <header>
        <button type="button" className="link" onClick={close}>
          ← {t(lang, 'backToArticle')} <kbd>Esc</kbd>
        </button>
        <h1>
          ⟷ {findingTypeLabels[finding.type][lang]} <span className={`fstatus fstatus-${finding.status}`}>{findingStatusLabels[finding.status][lang]}</span>
        </h1>
      </header>
      {passages ? <PassageDiff a={passages.a} b={passages.b} lang={lang} context={passages.basis === 'same-event' ? (passages.context ?? []) : undefined} /> : null}
      <div className="sides">
        {sides.map((side) => (
          <section key={side.claim.id} className="side" data-testid="finding-side">
            <h2>{side.article.title ?? side.article.id}</h2>
            <SideMeta outlet={side.article.outlet} publishedAt={side.article.publishedAt} status={`${statusIcons[side.status]} ${statusLabels[side.status][lang]}`} />
            <blockquote>{side.claim.quote}</blockquote>
            <Quote side={side} />
            <button
              type="button"
              className="link"
              onClick={() => {
                close();
                void openArticle(side.article.id, side.claim.id);
              }}
            >
              {t(lang, 'openInArticle')}
            </button>
          </section>
        ))}
        {(passages ? [] : spans).map((sp) => (
          <section key={`${sp.articleId}:${sp.start}`} className="side">
            <h2>{sp.articleTitle ?? sp.articleId}</h2>
            <SideMeta outlet={sp.outlet} publishedAt={sp.publishedAt} status={t(lang, 'notAClaim')} />
            <blockquote>{sp.quote}</blockquote>
            <SpanSentence sentence={sp.sentence} quote={sp.quote} />
            <button
              type="button"
              className="link"
              onClick={() => {
                close();
                void openSpan(sp.articleId, sp.start, sp.end);
              }}
            >
              {t(lang, 'openInArticle')}
            </button>
          </section>
        ))}
      </div>
      <section className="explanation">
        <h3>{t(lang, 'explanation')}</h3>
        <p data-testid="finding-explanation">{explainStoredFinding(finding, lang)}</p>
        <Timeline sides={sides} />
        {finding.status !== 'open' && decisionWords(detail, lang) ? (
          <p className="decision" data-testid="finding-decision" ref={decisionLine} tabIndex={-1}>
            {t(lang, 'decision')}: {decisionWords(detail, lang)}
            {finding.decision ? ` (${finding.decision.by})` : ''}
          </p>
        ) : null}
      </section>
      {finding.status === 'open' ? (
        <section className="finding-actions">
          <label>
            {t(lang, 'note')} / {t(lang, 'dismissReason')}
            <textarea ref={noteField} name="findingNote" rows={2} value={note} onChange={(e) => {
                setNote(e.target.value);
                keepFindingNote(findingId, e.target.value);
              }}
            />
          </label>
          {sides.length > 1 ? (
            <label className="radio">
              <input type="checkbox" name="applyReviews" checked={applyReviews} onChange={(e) => setApplyReviews(e.target.checked)} />
              {t(lang, 'applyReviews')}
            </label>
          ) : null}
          {canFlagOthers ? (
            <label className="radio">
              <input type="checkbox" name="flagOthers" checked={flagOthers} onChange={(e) => setFlagOthers(e.target.checked)} />
              {t(lang, 'flagOthers')}
            </label>
          ) : null}
          <div className="form-actions">
            {sides.length > 1
              ? sides.map((side) => (
                  <button key={side.claim.id} type="button" onClick={() => resolve(side.claim.id)}>
                    «{side.claim.quote}» {t(lang, 'isRight')}
                  </button>
                ))
              : null}
            <button type="button" onClick={() => resolve(null)}>
              {t(lang, single ? 'markResolved' : 'bothRight')}
            </button>
            <button type="button" onClick={dismiss}>
              {t(lang, 'dismissFinding')}
            </button>
            {finding.type !== 'internal' ? (
              <button type="button" onClick={notSameFact} data-testid="not-same-fact">
                {t(lang, 'notSameFact')}
              </button>
            ) : null}
          </div>
          {problem ? <p className="form-error" role="alert">{problem}</p> : null}
        </section>
      ) : (
        <div className="form-actions">
          <button type="button" onClick={() => void decide({ findingId, decision: 'reopen' })}>
            {t(lang, 'reopen')}
          </button>
        </div>
      )}
    </article>
  );
}
