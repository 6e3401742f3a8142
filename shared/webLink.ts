/** An absolute http(s) address with no whitespace: the only kind of link the desk stores or opens. */
export function isWebUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The host a link really goes to, as the link's visible text must show it:
 * "https://vnexpress.net@evil.example/x" goes to evil.example ("vnexpress.net" is only a user name).
 * Null when the value is not a web address.
 */
export function linkHost(value: string): string | null {
  if (!isWebUrl(value)) return null;
  return new URL(value).host;
}

/** Why a typed evidence link was not taken, for a message that says what to fix. */
export type WebLinkProblem = 'not_web' | 'space_in_host' | 'several_links';

/**
 * A link as an editor types or pastes it, made into the address the desk stores (QA31 note c).
 * "gso.gov.vn/bao-cao" and "www.gso.gov.vn" get https://; spaces in the path or query — a link
 * copied from a report's text, "https://sở-tttt.bacgiang.gov.vn/báo cáo 2023" — are encoded as
 * %20, as a browser does when the address is typed, so the same page opens. Refused, each with its
 * reason: a space in the host name (no site has one), two links at once (separated by whitespace), and anything that is not
 * an http(s) address with a dotted host.
 */
export function readWebLink(raw: string): { ok: true; url: string } | { ok: false; problem: WebLinkProblem } {
  const value = raw.trim();
  // Two links are two addresses separated by whitespace; an address inside one link's path or query
  // ("https://web.archive.org/web/2023/https://gso.gov.vn/…", "archive.ph/https://…", "?u=http://…") is one link.
  if (/\s(?:https?:\/\/|www\.)/i.test(value)) return { ok: false, problem: 'several_links' };
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : /^[^/?#\s]+\.[a-z]{2,}([/?#:]|$)/i.test(value) ? `https://${value.replace(/^\/+/, '')}` : null;
  if (!withScheme) return { ok: false, problem: /^[^/?#]*\s[^/?#]*\.[a-z]{2,}([/?#:]|$)/i.test(value) ? 'space_in_host' : 'not_web' };
  const authority = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(withScheme)?.[1] ?? '';
  if (/\s/.test(authority)) return { ok: false, problem: 'space_in_host' };
  const encoded = withScheme.replace(/\s+/g, (run) => '%20'.repeat(run.length));
  try {
    return isWebUrl(encoded) && new URL(encoded).hostname.includes('.') ? { ok: true, url: encoded } : { ok: false, problem: 'not_web' };
  } catch {
    return { ok: false, problem: 'not_web' };
  }
}
