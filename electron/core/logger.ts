import fs from 'node:fs';
import path from 'node:path';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

/** Field names whose values are never written anywhere, whoever passes them. */
const SECRET_FIELD = /pass(word)?|token|secret|authorization|cookie|credential/i;

export function redact(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) out[key] = SECRET_FIELD.test(key) ? '[redacted]' : value;
  return out;
}

/**
 * JSON-lines logger writing to `<dataDir>/logs/<name>.log` and, for warnings and errors,
 * to stderr. Synchronous appends keep it simple and crash-proof; the volume is small.
 */
export function createFileLogger(logDir: string | null, name = 'workstation', echo = true): Logger {
  let file: string | null = null;
  if (logDir) {
    fs.mkdirSync(logDir, { recursive: true });
    file = path.join(logDir, `${name}.log`);
  }
  const write = (level: LogLevel, msg: string, fields: Record<string, unknown> = {}) => {
    const line = JSON.stringify({ t: new Date().toISOString(), level, msg, ...redact(fields) });
    if (file) {
      try {
        fs.appendFileSync(file, line + '\n');
      } catch {
        // A full disk must not take the app down with it.
      }
    }
    if (echo && (level === 'warn' || level === 'error')) process.stderr.write(line + '\n');
  };
  return {
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  };
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
