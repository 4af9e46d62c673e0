import { protocol, type Session } from 'electron';
import { respondAppRequest } from './app-files';
import { respondCertificateRequest } from './certificate-files';
import type { CertificateService } from '../certificates/service';
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

/**
 * Serves the built renderer at app://workstation/ in `session` (see app-files.ts), and the
 * certificate file routes once the core is up (certificate-files.ts).
 */
export function serveApp(
  session: Session,
  rendererDir: string,
  certificates: () => CertificateService | null = () => null,
): void {
  session.protocol.handle(
    APP_SCHEME,
    async (request) =>
      (await respondCertificateRequest(certificates(), request)) ??
      respondAppRequest(rendererDir, request.method, request.url),
  );
}
