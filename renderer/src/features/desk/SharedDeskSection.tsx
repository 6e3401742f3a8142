import { useEffect, useState, type FormEvent } from 'react';
import { t } from '../../i18n';
import { useDesk } from '../../store';
import { useTeam } from '../../store/team';
import { DeskLeaving, DeskStateBadge } from './DeskBar';

/**
 * Settings → "Bàn biên tập chung" / "Shared desk": connect to a workspace stored in PostgreSQL with
 * its URL (the editor is the reviewer name above plus the OS account), or go back to the workspace
 * on this computer. The password field is cleared after every attempt; it is never kept here.
 */
export function SharedDeskSection() {
  const lang = useDesk((s) => s.lang);
  const status = useTeam((s) => s.status);
  const connecting = useTeam((s) => s.connecting);
  const load = useTeam((s) => s.load);
  const connect = useTeam((s) => s.connect);
  const disconnect = useTeam((s) => s.disconnect);
  const leaving = useTeam((s) => s.leaving);
  const [url, setUrl] = useState('');
  const [password, setPassword] = useState('');
  const [remember, setRemember] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (!url && status?.savedUrl) setUrl(status.savedUrl);
    // Only the saved desk fills an empty field; what the editor types stays.
  }, [status?.savedUrl]);

  // Why "Kết nối" is greyed out (QA31 note e): the address must be a PostgreSQL one.
  const typed = url.trim();
  const isDeskUrl = /^postgres(ql)?:\/\//i.test(typed);
  const otherScheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(typed)?.[1];
  const urlProblem =
    typed === '' || isDeskUrl
      ? null
      : otherScheme
        ? t(lang, 'deskUrlOtherScheme').replace('{scheme}', otherScheme)
        : t(lang, 'deskUrlNotUrl');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    const outcome = await connect(url.trim(), password, remember);
    setPassword('');
    setProblem(outcome);
  };
  const leave = async (forget: boolean) => {
    setProblem(await disconnect(forget));
  };
  const onDesk = status?.mode === 'desk';

  return (
    <section className="shared-desk" aria-labelledby="shared-desk-title" data-testid="shared-desk">
      <h3 id="shared-desk-title">{t(lang, 'sharedDesk')}</h3>
      <p className="hint">{t(lang, 'sharedDeskHint')}</p>
      {onDesk && status ? (
        <div className="desk-current" role="status">
          <p>
            {t(lang, 'deskOn')} <code>{status.url}</code> {t(lang, 'deskAs')} <strong>{status.editor}</strong> · <DeskStateBadge />
          </p>
          <button type="button" disabled={leaving !== null} onClick={() => void leave(false)}>
            {t(lang, 'deskDisconnect')}
          </button>{' '}
          {status.remembered ? (
            <button type="button" className="link" onClick={() => void leave(true)}>
              {t(lang, 'deskForget')}
            </button>
          ) : null}
        </div>
      ) : (
        <p className="hint">{t(lang, 'deskLocal')}</p>
      )}
      {leaving !== 'quit' ? <DeskLeaving /> : null}
      <form className="detail-form" onSubmit={(e) => void submit(e)}>
        <label>
          {t(lang, 'deskUrl')}
          <input
            name="deskUrl"
            placeholder="postgres://ten@may-chu:5432/crosscheck?sslmode=require"
            autoComplete="off"
            spellCheck={false}
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
        </label>
        <label>
          {t(lang, 'deskPassword')}
          <input name="deskPassword" type="password" autoComplete="off" value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        {status?.remembered && status.savedUrl === url.trim() ? <p className="hint">{t(lang, 'deskRemembered')}</p> : null}
        {status?.canRemember ? (
          <label className="radio">
            <input type="checkbox" name="deskRemember" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
            {t(lang, 'deskRemember')}
          </label>
        ) : null}
        {problem ? (
          <p className="form-error" role="alert">
            {problem}
          </p>
        ) : null}
        {urlProblem ? (
          <p className="hint" id="desk-url-problem" data-testid="desk-url-problem">
            {urlProblem}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" disabled={connecting || !isDeskUrl} aria-describedby={urlProblem ? 'desk-url-problem' : undefined}>
            {t(lang, connecting ? 'deskConnecting' : 'deskConnect')}
          </button>
        </div>
      </form>
    </section>
  );
}
