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
