import fs from 'node:fs';
import path from 'node:path';

/** What we remember about the main window between launches. */
export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false };
const MIN = { width: 800, height: 560 };

const int = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && Math.abs(v) < 100_000;

/** Reads the state file; anything missing, unreadable or odd gives the defaults. */
export function loadWindowState(file: string): WindowState {
  try {
    const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    if (!int(raw.width) || !int(raw.height)) return { ...DEFAULT_WINDOW_STATE };
    const state: WindowState = {
      width: Math.max(MIN.width, raw.width),
      height: Math.max(MIN.height, raw.height),
      maximized: raw.maximized === true,
    };
    if (int(raw.x) && int(raw.y)) Object.assign(state, { x: raw.x, y: raw.y });
    return state;
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
}

/**
 * Writes atomically (temp file + rename in the same folder): a crash or power cut mid-write
 * leaves either the old file or the new one, never half a JSON document.
 */
export function saveWindowState(file: string, state: WindowState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(state));
  fs.renameSync(tmp, file);
}

/**
 * Keeps a remembered position only if the window's title-bar area is still on one of the
 * current displays (a monitor may have been unplugged since); otherwise the OS centres it.
 * The size is shrunk to fit the largest work area.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  if (workAreas.length === 0) return state;
  const maxW = Math.max(...workAreas.map((a) => a.width));
  const maxH = Math.max(...workAreas.map((a) => a.height));
  const fitted: WindowState = {
    width: Math.min(state.width, maxW),
    height: Math.min(state.height, maxH),
    maximized: state.maximized,
  };
  if (state.x === undefined || state.y === undefined) return fitted;
  const { x, y } = state;
  // A 100×40 strip at the top-left of the window must be visible to grab it.
  const grab = { x: x, y: y, width: Math.min(100, fitted.width), height: 40 };
  const visible = workAreas.some(
    (a) =>
      grab.x >= a.x && grab.y >= a.y && grab.x + grab.width <= a.x + a.width && grab.y + grab.height <= a.y + a.height,
  );
  return visible ? { ...fitted, x, y } : fitted;
}
