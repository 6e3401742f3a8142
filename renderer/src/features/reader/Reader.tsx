import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import type { Claim, Review } from '../../../../shared/schema';
import type { Lang } from '../../i18n';
import { formatDate, formatNumber, statusLabels, t } from '../../i18n';
import { HistoryList } from '../history/HistoryList';
import { useDesk } from '../../store';
import { paragraphs, segmentParagraph } from './segments';
import { selectionOffsets, snapToWords, trimSpan } from './selection';

/** Pseudo-claim id of a finding's span in the segmentation. */
const SPOTLIGHT = '\u0000spotlight';

function ArticleHistory({ articleId }: { articleId: string }) {
  const lang = useDesk((s) => s.lang);
  return (
    <section className="article-history" aria-label={t(lang, 'articleHistory')}>
      <h2>{t(lang, 'articleHistory')}</h2>
      <HistoryList query={{ articleId }} label={t(lang, 'articleHistory')} />
    </section>
  );
}

type Segment = ReturnType<typeof segmentParagraph>[number];

interface SegmentsProps {
  text: string;
  segments: Segment[];
  reviews: Record<string, Review>;
  /** The selected claim when it lies in these segments, else null (so other paragraphs keep their render). */
  selectedId: string | null;
  starts: Map<string, number>;
  lang: Lang;
  onMarkClick: (ids: string[]) => void;
}

/**
 * One paragraph's text with its highlights. Memoized: moving the selection (j / k) renders again
 * only the paragraphs it leaves and enters, not every highlight of a long article (QA31 bug 2: a
 * 1 MB article has some 27.000, and each j re-rendered all of them).
 */
const Segments = memo(function Segments({ text, segments, reviews, selectedId, starts, lang, onMarkClick }: SegmentsProps) {
  return (
    <>
      {segments.map((seg) => {
        const piece = text.slice(seg.start, seg.end);
        const spotted = seg.claimIds.includes(SPOTLIGHT);
        const ids = spotted ? seg.claimIds.filter((c) => c !== SPOTLIGHT) : seg.claimIds;
        const id = ids[0];
        if (!id && spotted) {
          return (
            <mark key={seg.start} data-offset={seg.start} className="hl spotlight" data-spotlight="">
              {piece}
            </mark>
          );
        }
        if (!id) {
          return (
            <span key={seg.start} data-offset={seg.start}>
              {piece}
            </span>
          );
        }
        const status = reviews[id]?.status ?? 'unreviewed';
        const selected = ids.includes(selectedId ?? '');
        return (
          <mark
            key={seg.start}
            data-offset={seg.start}
            className={`hl status-${status}${selected ? ' selected' : ''}${ids.length > 1 ? ' overlap' : ''}${spotted ? ' spotlight' : ''}`}
            data-claim-starts={ids.filter((c) => starts.get(c) === seg.start).join(' ') || undefined}
            data-claims={ids.join(' ')}
            data-spotlight={spotted ? '' : undefined}
            title={statusLabels[status][lang]}
            onClick={() => {
              if (document.getSelection()?.isCollapsed !== false) onMarkClick(ids);
            }}
          >
            {piece}
          </mark>
        );
      })}
    </>
  );
});

export function Reader() {
  const current = useDesk((s) => s.current);
  const lang = useDesk((s) => s.lang);
  const reviews = useDesk((s) => s.reviews);
  const selectedClaimId = useDesk((s) => s.selectedClaimId);
  const selectClaim = useDesk((s) => s.selectClaim);
  const setSelection = useDesk((s) => s.setSelection);
  const selection = useDesk((s) => s.selection);
  const setDetailMode = useDesk((s) => s.setDetailMode);
  const historyOpen = useDesk((s) => s.articleHistoryOpen);
  const setHistoryOpen = useDesk((s) => s.setArticleHistoryOpen);
  const container = useRef<HTMLDivElement>(null);
  const spotlight = useDesk((s) => (s.spotlight && s.spotlight.articleId === s.current?.article.id ? s.spotlight : null));
  const jumpSeq = useDesk((s) => s.jumpSeq);
  const shownArticle = useRef<string | null>(null);

  const paras = useMemo(() => {
    if (!current) return [];
    // A finding's span is cut like a claim so it can be outlined in place.
    const marks = spotlight ? [...current.claims, { id: SPOTLIGHT, start: spotlight.start, end: spotlight.end } as Claim] : current.claims;
    return paragraphs(current.article.text).map((p) => ({ ...p, segments: segmentParagraph(p.start, p.end, marks) }));
  }, [current, spotlight]);
  const starts = useMemo(() => new Map((current?.claims ?? []).map((c) => [c.id, c.start])), [current]);

  useEffect(() => {
    const root = container.current;
    if (!root || !current) return;
    const opened = shownArticle.current !== current.article.id;
    shownArticle.current = current.article.id;
    const spot = root.querySelector('[data-spotlight]');
    if (spot) return void spot.scrollIntoView({ block: 'center', behavior: 'instant' });
    // An article opened from the library starts at its title; a claim asked for is brought into view.
    if (opened && !useDesk.getState().revealClaim) {
      const pane = root.closest('.pane');
      if (pane) pane.scrollTop = 0;
      return;
    }
    if (!selectedClaimId) return;
    const mark = root.querySelector(`[data-claim-starts~="${CSS.escape(selectedClaimId)}"]`);
    mark?.scrollIntoView({ block: 'center', behavior: 'instant' });
  }, [selectedClaimId, current, spotlight, jumpSeq]);

  // The editor's text selection becomes a candidate span for a new claim (or a moved one).
  useEffect(() => {
    const onSelect = () => {
      const root = container.current;
      if (!root || !current) return;
      const domSelection = document.getSelection();
      const raw = selectionOffsets(root, domSelection);
      const trimmed = raw ? trimSpan(current.article.text, raw.start, raw.end) : null;
      // Whole words only: a sloppy drag that starts mid-word still quotes the word.
      const span = trimmed ? snapToWords(current.article.text, trimmed) : null;
      const prev = useDesk.getState().selection;
      if (!span) {
        // Moving into the claim form must not drop the span; a click in the text does.
        const inReader = domSelection?.anchorNode ? root.contains(domSelection.anchorNode) : false;
        if (prev && inReader) setSelection(null);
        return;
      }
      if (prev && prev.start === span.start && prev.end === span.end) return;
      setSelection({ articleId: current.article.id, ...span });
    };
    document.addEventListener('selectionchange', onSelect);
    return () => document.removeEventListener('selectionchange', onSelect);
  }, [current, setSelection]);

  // Stable across selections (it reads the selection when clicked), so unchanged paragraphs are not rendered again.
  const onMarkClick = useCallback(
    (ids: string[]) => {
      // Claims that overlap share a piece of text: clicking again cycles through them.
      const at = ids.indexOf(useDesk.getState().selectedClaimId ?? '');
      selectClaim(at >= 0 && ids.length > 1 ? (ids[(at + 1) % ids.length] as string) : (ids[0] as string));
    },
    [selectClaim],
  );
  // Where the selected claim sits: only the paragraph holding it is told which claim is selected.
  const selectedSpan = useMemo(() => {
    const claim = selectedClaimId ? current?.claims.find((c) => c.id === selectedClaimId) : undefined;
    return claim ? { start: claim.start, end: claim.end } : null;
  }, [current, selectedClaimId]);
  const selectedIn = (p: { start: number; end: number }) => (selectedSpan && selectedSpan.start < p.end && selectedSpan.end > p.start ? selectedClaimId : null);

  if (!current) return <div className="empty">{t(lang, 'pickArticle')}</div>;
  const { article } = current;
  // The text usually opens with the headline: it is shown once, as the title (its claims still marked).
  const headline = paras[0] && article.title && article.text.slice(paras[0].start, paras[0].end).trim() === article.title.trim() ? paras[0] : null;
  const body = headline ? paras.slice(1) : paras;
  const renderSegments = (segments: Segment[]) => (
    <Segments text={article.text} segments={segments} reviews={reviews} selectedId={selectedClaimId} starts={starts} lang={lang} onMarkClick={onMarkClick} />
  );
  const reviewed = current.claims.filter((c) => (reviews[c.id]?.status ?? 'unreviewed') !== 'unreviewed').length;
  const flagged = current.claims.filter((c) => reviews[c.id]?.status === 'flagged').length;

  const source = [article.outlet, article.author, formatDate(article.publishedAt, lang)].filter((x) => x && x !== '—').join(' · ');


  return (
    <article className="reader" id="reader" tabIndex={-1} aria-label={t(lang, 'article')}>
      <header className="reader-head">
        <h1>{headline ? renderSegments(headline.segments) : (article.title ?? article.source)}</h1>
        <p className="meta">
          {/* No outlet, author or date (an imported page without them): the line starts at the progress, no stray dot. */}
          {source ? `${source} · ` : null}
          <span data-testid="article-progress">
            {formatNumber(reviewed, lang)}/{formatNumber(current.claims.length, lang)} {t(lang, 'reviewed')}
            {flagged > 0 ? ` · ⚑ ${flagged}` : ''}
          </span>
          {' · '}
          <button type="button" className="link" aria-expanded={historyOpen} onClick={() => setHistoryOpen(!historyOpen)}>
            {t(lang, 'articleHistory')}
          </button>
        </p>
        {selection && selection.articleId === article.id ? (
          <p className="selection-bar" role="status">
            «{article.text.slice(selection.start, selection.end).slice(0, 80)}»{' '}
            <button type="button" onClick={() => setDetailMode('add')}>
              {t(lang, 'addClaim')} <kbd>a</kbd>
            </button>
          </p>
        ) : null}
      </header>
      {historyOpen ? <ArticleHistory articleId={article.id} /> : null}
      <div className="reader-text" ref={container}>
        {body.map((p) => (
          <p key={p.start}>
            <Segments text={article.text} segments={p.segments} reviews={reviews} selectedId={selectedIn(p)} starts={starts} lang={lang} onMarkClick={onMarkClick} />
          </p>
        ))}
      </div>
    </article>
  );
}
