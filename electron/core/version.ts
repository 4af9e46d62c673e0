/** Filled in by the bundler from package.json (see build/scripts/build.mjs). */
declare const __APP_VERSION__: string | undefined;

export const APP_NAME = 'Partner Workstation';
export const APP_VERSION = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0-dev';
