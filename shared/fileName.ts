/**
 * A file name coming from outside (a dropped file as the page reports it): any Unicode a file system
 * allows, but no control character (NUL makes every fs call throw; others hide in logs and dialogs),
 * no path separator, not "." or "..", at most 255 UTF-16 units.
 */
export function isSafeFileName(name: string): boolean {
  if (name.length === 0 || name.length > 255 || name === '.' || name === '..') return false;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2f /* / */ || code === 0x5c /* \ */) return false;
  }
  return true;
}
