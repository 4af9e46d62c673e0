import { Notification } from 'electron';
import type { ReminderView } from '../../shared/certificates/schema';
import { translate } from '../../shared/i18n/messages';
import type { Language } from '../../shared/settings/schema';

/**
 * Desktop notifications of certificate expiry reminders (the core gives each reminder
 * once; the in-app inbox keeps them). A burst is one notification, so a first start with
 * many certificates does not flood the screen. Clicking it brings the window to the
 * certificates screen.
 */
export function notifyReminders(reminders: ReminderView[], language: Language, open: () => void): void {
  if (reminders.length === 0 || !Notification.isSupported()) return;
  const first = reminders[0]!;
  const body =
    translate(language, 'certificates.notify.body', {
      name: first.name,
      number: first.number,
      days: first.daysLeft ?? first.threshold,
    }) + (reminders.length > 1 ? ` (+${reminders.length - 1})` : '');
  const n = new Notification({ title: translate(language, 'certificates.notify.title'), body });
  n.on('click', open);
  n.show();
}
