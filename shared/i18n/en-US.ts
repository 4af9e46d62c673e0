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

  'app.tagline': 'Huawei Cloud partner sales',
  'nav.label': 'Main navigation',
  'shell.collapseSidebar': 'Collapse sidebar',
  'shell.expandSidebar': 'Expand sidebar',
  'shell.languageSwitch': 'Change language, current: {language}',
  'language.zh-CN': '简体中文',
  'language.en-US': 'English',

  'status.region': 'Connection and sync status',
  'status.notSynced': 'Not synced yet',
  'status.notSyncedHint': 'Syncing with the partner center arrives in a later version.',
  'status.offline': 'Offline',
  'status.offlineHint': 'This computer is offline. Data already cached locally is still available.',
  'status.online': 'Online',
  'status.connecting': 'Connecting to the workstation core…',
  'status.disconnected': 'Disconnected from the core, reconnecting…',

  'startup.loading': 'Starting Partner Workstation…',
  'startup.failedTitle': 'The workstation could not load',
  'startup.retry': 'Retry',
  'startup.restartedHint':
    'If the workstation was just restarted, open the new URL it printed (every launch has a different access token).',

  'noBridge.title': 'Not connected to the workstation core',
  'noBridge.body':
    'This page has to be opened from the workstation host. Run the host, then open the full URL it prints (like Workstation ready: http://127.0.0.1:PORT/#token=…) in this browser. The access token in the URL is valid for that launch only.',

  'errorBoundary.title': 'This screen ran into an unexpected error',
  'errorBoundary.body': 'Your data is not affected. Reload; if it keeps happening, check the log.',
  'errorBoundary.reload': 'Reload',
  'errorBoundary.detail': 'Error: {message}',

  'db.blockedTitle': 'The local database cannot be used',
  'db.blockedPath': 'Database file: {path}',
  'db.recoveredTitle': 'The local database was recovered',

  'section.dashboard.title': 'Dashboard',
  'section.dashboard.description': 'What needs your attention today',
  'section.customers.title': 'Customers',
  'section.customers.description': 'Browse and search your customers, even offline',
  'section.customers.planned':
    'Every customer your partner account can see will be listed here, with instant search and filters, and each customer’s orders and bills. It reads the local cache filled by sync, so it works offline too.',
  'section.orders.title': 'Orders',
  'section.orders.description': 'Customer orders and refunds, instantly, even offline',
  'section.orders.planned':
    'Customer orders and refunds will appear here: filter by customer, status and date, and open an order to see its lines and amounts. Amounts are kept as exact decimals, never rounded by floating point.',
  'section.bills.title': 'Bills',
  'section.bills.description': 'Exact 8-decimal amounts and settled amounts',
  'section.bills.planned':
    'Bills will appear here, each showing the exact 8-decimal amount next to the settled 2-decimal amount, with the difference (the rounding-off amount, 抹零) spelled out.',
  'section.invoices.title': 'Invoices',
  'section.invoices.description': 'Prepare invoices offline, with specified-amount matching',
  'section.invoices.planned':
    'You will prepare invoices here, offline: enter a specified amount and the partner center’s matching rule picks the bills to invoice, for you to review before submitting.',
  'section.qrcodes.title': 'QR codes',
  'section.qrcodes.description': 'Create, print and track customer expansion QR codes',
  'section.qrcodes.planned':
    'You will create customer expansion QR codes (offline expansion) here, print or export them for customers to scan, and track the sign-ups and associated customers each code brings in.',
  'section.certificates.title': 'Certificates',
  'section.certificates.description': 'Solution certificates and staff HCIA/HCIP/HCIE certificates',
  'section.certificates.planned':
    'You will manage the company’s solution certificates and staff certificates (HCIA/HCIP/HCIE) here: validity, expiry reminders, and the unbind-from-A / bind-to-B transfer.',
  'section.sync.title': 'Sync & settings',
  'section.sync.description': 'Sync with the partner center; language and theme',
  'section.about.title': 'About',
  'section.about.description': 'Version, data directory and local database',

  'comingSoon.title': 'Coming soon',
  'comingSoon.note':
    'This screen is still being built. It never shows sample data; real data appears here once it is synced from the partner center.',

  'dashboard.welcome': 'Welcome to Partner Workstation',
  'dashboard.intro':
    'A desktop workstation for Huawei Cloud partner sales: customers, orders, bills, invoices, expansion QR codes and certificates, online or offline.',
  'dashboard.emptyTitle': 'No business data yet',
  'dashboard.emptyBody':
    'After the first sync with the partner center, orders to follow up, certificates about to expire and this month’s bills will show here.',
  'dashboard.sections': 'In the workstation',
  'dashboard.database': 'Local database',
  'dashboard.sync': 'Data sync',
  'dashboard.network': 'Network',
  'dashboard.open': 'Open {section}',

  'sync.title': 'Data sync',
  'sync.lastSync': 'Last sync',
  'sync.never': 'Never',
  'sync.planned':
    'Sync with the Huawei Cloud partner center (the BSS partner API) arrives in a later version: it will pull customers, orders, refunds and bills into the local database so they are there offline. Until then the local database holds no business data.',
  'settings.title': 'Preferences',
  'settings.language': 'Language',
  'settings.theme': 'Theme',
  'settings.themeLight': 'Light',
  'settings.themeDark': 'Dark',
  'settings.themeSystem': 'Follow system',
  'settings.hint': 'Changes apply immediately and are saved on this computer.',
  'settings.saveFailed': 'The setting was not saved: {message}',

  'about.application': 'Application',
  'about.version': 'Version',
  'about.transport': 'Transport',
  'about.transportElectron': 'Desktop window',
  'about.transportBrowserHost': 'Browser host',
  'about.dataDir': 'Data directory',
  'about.platform': 'Platform',
  'about.runtime': 'Runtime',
  'about.database': 'Local database',
  'about.dbState': 'State',
  'about.dbStateReady': 'Ready',
  'about.dbStateTooNew': 'Too new',
  'about.dbStateFailed': 'Cannot open',
  'about.schemaVersion': 'Schema version',
  'about.schemaVersionValue': '{current} (this app supports up to {latest})',
  'about.dbPath': 'Database file',
  'about.dbSize': 'Size',
  'about.journalMode': 'Journal mode',
  'about.refresh': 'Refresh',

  // Sync engine messages (electron/sync).
  'sync.error.sandboxReadOnly': 'The built-in sandbox profile cannot be changed or removed.',
  'sync.error.noProfile': 'That connection profile does not exist.',
  'sync.error.needsPassword':
    'Enter the password of this connection profile to sync (it is not stored on this computer).',
  'sync.error.offline':
    'The partner API cannot be reached, so the app is offline. Local data stays available; the sync resumes by itself when the connection returns.',
  'sync.error.auth': 'The partner API refused the sign-in ({code}). Check the account name, user name and password.',
  'sync.error.failed': 'The sync failed: {reason}',
  'sync.cancelled': 'The sync was cancelled; the next sync continues where it stopped.',
  'sync.test.ok': 'Connected. The token is valid until {expiresAt}.',
  'sync.test.failed': 'Could not connect: {reason}',
};
