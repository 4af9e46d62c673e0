// Types for electron-runtime.mjs, so TypeScript callers (the Electron smoke test) get them.
export const ROOT: string;
export const NATIVE_DIR: string;
export const NATIVE_BINDING: string;
export const NATIVE_INFO: string;
export function electronVersion(): string;
export function electronExecutable(): string | null;
export function tryInstallElectron(timeoutMs?: number): boolean;
export function electronUnavailableReason(): string | null;
