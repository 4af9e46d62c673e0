import fs from 'node:fs';
import path from 'node:path';
import { safeStorage } from 'electron';
import { EncryptedSecretStore, SessionSecretStore, type SecretStore } from '../sync/secrets';

/**
 * Connection passwords with the OS keychain (safeStorage). Only ciphertext reaches the
 * disk (`secrets.json` in userData, written atomically). On Linux without a keyring
 * safeStorage falls back to `basic_text` — a hard-coded key, i.e. plain text in disguise —
 * so then nothing is persisted and the password is asked for at each launch.
 */
export function createSecretStore(dataDir: string): SecretStore {
  const backend = process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'os';
  if (!safeStorage.isEncryptionAvailable() || backend === 'basic_text' || backend === 'unknown')
    return new SessionSecretStore();
  const file = path.join(dataDir, 'secrets.json');
  const readAll = (): Record<string, string> => {
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    } catch {
      return {};
    }
  };
  return new EncryptedSecretStore(
    { encrypt: (plain) => safeStorage.encryptString(plain), decrypt: (cipher) => safeStorage.decryptString(cipher) },
    {
      read: async (id) => readAll()[id] ?? null,
      write: async (id, base64) => {
        const all = readAll();
        if (base64 === null) delete all[id];
        else all[id] = base64;
        const tmp = `${file}.tmp`;
        await fs.promises.writeFile(tmp, JSON.stringify(all), { mode: 0o600 });
        await fs.promises.rename(tmp, file);
      },
    },
  );
}
