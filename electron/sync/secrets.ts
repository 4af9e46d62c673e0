/**
 * Where connection passwords live. The Electron shell provides an OS-backed store
 * (safeStorage); without one (the browser host, or Linux's `basic_text` backend) passwords
 * are kept in memory for this session only and asked for again at the next launch.
 * Never written in plain text, never logged, never sent to the renderer.
 */
export interface SecretStore {
  readonly kind: 'os' | 'session';
  get(id: string): Promise<string | null>;
  set(id: string, secret: string | null, persist: boolean): Promise<void>;
}

export class SessionSecretStore implements SecretStore {
  readonly kind = 'session' as const;
  private readonly secrets = new Map<string, string>();

  async get(id: string): Promise<string | null> {
    return this.secrets.get(id) ?? null;
  }

  async set(id: string, secret: string | null): Promise<void> {
    if (secret === null) this.secrets.delete(id);
    else this.secrets.set(id, secret);
  }
}

/**
 * OS-encrypted store: `encrypt`/`decrypt` come from Electron's safeStorage; ciphertext is
 * kept by `persistCipher` (the settings table). Session-only secrets stay in memory.
 */
export class EncryptedSecretStore implements SecretStore {
  readonly kind = 'os' as const;
  private readonly session = new SessionSecretStore();

  constructor(
    private readonly crypto: { encrypt(plain: string): Buffer; decrypt(cipher: Buffer): string },
    private readonly storage: {
      read(id: string): Promise<string | null>;
      write(id: string, base64: string | null): Promise<void>;
    },
  ) {}

  async get(id: string): Promise<string | null> {
    const inMemory = await this.session.get(id);
    if (inMemory !== null) return inMemory;
    const stored = await this.storage.read(id);
    return stored ? this.crypto.decrypt(Buffer.from(stored, 'base64')) : null;
  }

  async set(id: string, secret: string | null, persist: boolean): Promise<void> {
    await this.session.set(id, secret);
    await this.storage.write(id, secret !== null && persist ? this.crypto.encrypt(secret).toString('base64') : null);
  }
}
