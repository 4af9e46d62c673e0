import { z } from 'zod';

/** UI languages the product ships. zh-CN is the default: most reps read Chinese first. */
export const LANGUAGES = ['zh-CN', 'en-US'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

export const Theme = z.enum(['light', 'dark', 'system']);
export type Theme = z.infer<typeof Theme>;

/** Every user setting with its default. Stored locally (local-only data, never synced). */
export const Settings = z.object({
  language: Language,
  theme: Theme,
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { language: 'zh-CN', theme: 'light' };

/** A partial update; unknown keys are refused so a typo never silently does nothing. */
export const SettingsPatch = Settings.partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'empty settings patch' });
export type SettingsPatch = z.infer<typeof SettingsPatch>;
