/**
 * The app's own origin and the URL checks built on it. Pure (no 'electron' import) so the
 * rules are unit-tested under plain Node.
 *
 * Note: Node's WHATWG URL gives `origin === 'null'` for non-special schemes such as app:,
 * so every check compares protocol and host explicitly instead of `url.origin`.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'workstation';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for URLs served by our own protocol handler (app://workstation/…), nothing else. */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return u !== null && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
}

/** What an iframe inside the app may show: the app, its own blob: URLs, about:blank/srcdoc. */
export function isAppFrameUrl(url: string): boolean {
  if (url === 'about:blank' || url === 'about:srcdoc') return true;
  return url.startsWith('blob:') ? isAppUrl(url.slice('blob:'.length)) : isAppUrl(url);
}

/** Links we hand to the OS browser: https only (no http, file, mailto, custom schemes). */
export function isExternalHttps(url: string): boolean {
  const u = parse(url);
  return u !== null && u.protocol === 'https:' && u.username === '' && u.password === '';
}

/**
 * Whether an IPC message may reach the core: it must come from a top-level frame that is
 * currently showing the app itself. A null frame (navigated away or destroyed) is refused.
 */
export function isTrustedSender(frame: { url: string; isTopFrame: boolean } | null): boolean {
  return frame !== null && frame.isTopFrame && isAppUrl(frame.url);
}
