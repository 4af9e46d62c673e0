import type { MessageKey } from './zh-CN';

/** Every user-facing string in English. Typed against zh-CN so a missing key fails to compile. */
export const enUS: Record<MessageKey, string> = {
  'app.name': 'Partner Workstation',

  'error.invalidInput': 'Invalid input: {detail}',
  'error.unknownChannel': 'Unknown request channel: {channel}',
  'error.badFrame': 'The request could not be understood',
  'error.internal': 'Something went wrong inside the app. Please try again; if it persists, check the log.',
  'error.dbUnavailable': 'The local database is unavailable: {reason}',
  'error.dbTooNew':
    'This database was written by a newer Partner Workstation (database version {found}); this version supports up to {supported}. Please update the app; the file has not been changed.',
  'error.dbOpenFailed': 'The local database could not be opened: {reason}',
  'db.recovered':
    'The local database file was damaged. It was moved to {movedTo} and a new database was created. Nothing was deleted.',
};
