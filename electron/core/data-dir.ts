import os from 'node:os';
import path from 'node:path';

/**
 * The platform's usual per-user application-data folder for this app — the same folder
 * Electron's `app.getPath('userData')` gives for productName "Partner Workstation", so the
 * Electron shell and the browser host share one database.
 */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env = process.env): string {
  const name = 'Partner Workstation';
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), name);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', name);
  return path.join(env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), name);
}
