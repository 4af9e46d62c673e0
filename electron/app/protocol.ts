import { protocol, type Session } from 'electron';
import { respondAppRequest } from './app-files';
import { APP_SCHEME } from './origin';

/**
 * Must run before `app` is ready. `standard` gives app:// real origins and relative URL
 * resolution, `secure` makes it a secure context, `supportFetchAPI` lets module scripts and
 * fetch() load from it. Deliberately not `corsEnabled` (it would let other origins read
 * app:// responses) and not `bypassCSP`.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer at app://workstation/ in `session` (see app-files.ts). */
export function serveApp(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, (request) => respondAppRequest(rendererDir, request.method, request.url));
}
