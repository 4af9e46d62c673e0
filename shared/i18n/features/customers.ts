/**
 * Strings of the customers screens, both languages side by side in one file per feature so
 * features can grow in parallel. en is typed against zh: a missing key fails to compile.
 */
export const zh = {} as const;

export const en: Record<keyof typeof zh, string> = {};
