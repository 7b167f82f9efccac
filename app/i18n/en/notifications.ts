// English: notifications (kinds, list, preferences), notification e-mails and the admin outbox.
import type { Catalog } from "../types";
import type { notifications as it } from "../it/notifications";

export const notifications: Catalog<typeof it> = {
  "notifications.kind.welcome.title": "Welcome, {name}",
  "notifications.kind.welcome.body":
    "Your account is active. In your profile you can check your details, the portal's language and the languages you speak.",
  "notifications.kind.welcome.label": "Welcome",
  "notifications.kind.role_granted.title": "New role: {role}{place}",
  "notifications.kind.role_granted.body":
    "An administrator has given you the role “{role}”{place}. The related sections appear in the main menu.",
  "notifications.kind.role_granted.label": "Roles given to your account",
  "notifications.kind.role_revoked.title": "Role removed: {role}{place}",
  "notifications.kind.role_revoked.body":
    "An administrator has removed your role “{role}”{place}. If you think this is a mistake, write to your district's coordinator.",
  "notifications.kind.role_revoked.label": "Roles removed from your account",
  "notifications.kind.test.title": "Test notification",
  "notifications.kind.test.body":
    "{sender} sent you a test notification to check that notices and e-mails arrive. You do not need to do anything.",
  "notifications.kind.test.label": "Test notifications from administrators",
  "notifications.unknown.title": "Notification",
  "notifications.unknown.body": "The content of this notification is no longer available.",

  "notifications.title": "Notifications",
  "notifications.intro": "The portal's notices about you, newest first.",
  "notifications.unreadSummary": "Unread notifications: {count}",
  "notifications.allRead": "You have read all your notifications.",
  "notifications.empty": "You have no notifications yet.",
  "notifications.listLabel": "List of notifications",
  "notifications.unread": "Unread",
  "notifications.receivedAt": "Received on {date}",
  "notifications.readAt": "Read on {date}",
  "notifications.open": "Open",
  "notifications.markRead": "Mark as read",
  "notifications.markAllRead": "Mark all as read",
  "notifications.marked": "Notification marked as read.",
  "notifications.allMarked": "All notifications have been marked as read.",
  "notifications.preferencesLink": "Choose which notifications you receive by e-mail",

  "notifications.prefs.title": "Notification preferences",
  "notifications.prefs.intro":
    "Notifications always appear on the portal's Notifications page. For each kind you can choose to also receive an e-mail straight away, a daily summary (sent every morning after 7) or no e-mail.",
  "notifications.prefs.mode.immediate": "E-mail straight away",
  "notifications.prefs.mode.daily": "Daily summary by e-mail",
  "notifications.prefs.mode.never": "No e-mail, on the portal only",
  "notifications.prefs.cannotTurnOff": "This notice concerns the security of your account: you can choose how to receive it, but not turn the e-mail off.",
  "notifications.prefs.none": "There are no kinds of notification to configure at the moment.",
  "notifications.prefs.save": "Save preferences",
  "notifications.prefs.saved": "Preferences saved.",
  "notifications.prefs.back": "Back to notifications",

  "mail.notification.subject": "{title} — Portale Tutori",
  "mail.notification.body":
    "Dear {name},\n\n{body}\n{link}\n\nYou can choose which e-mails the portal sends you in your notification preferences:\n{preferences}\n\nPortale Tutori",
  "mail.notification.link": "\nOpen on the portal: {url}\n",
  "mail.digest.subject": "Summary of your notifications, {date} — Portale Tutori",
  "mail.digest.body":
    "Dear {name},\n\nhere are the notifications received since the last summary ({count}):\n\n{items}\n\nAll notifications: {all}\nNotification preferences: {preferences}\n\nPortale Tutori",
  "mail.digest.item": "- {title} ({date})\n  {body}",
  "mail.digest.itemLink": "\n  {url}",

  "outbox.title": "Outgoing mail",
  "outbox.intro":
    "Every e-mail the portal sends goes through here. When no SMTP server is configured, mail stays pending and can be read on this page.",
  "outbox.filter": "Status",
  "outbox.filter.all": "All statuses",
  "outbox.filter.apply": "Filter",
  "outbox.status.pending": "Pending",
  "outbox.status.sending": "Sending",
  "outbox.status.sent": "Sent",
  "outbox.status.failed": "Failed",
  "outbox.total": "E-mails found: {count}",
  "outbox.empty": "No e-mail with this status.",
  "outbox.emptyAll": "The outbox is empty.",
  "outbox.col.recipient": "Recipient",
  "outbox.col.subject": "Subject",
  "outbox.col.category": "Category",
  "outbox.col.status": "Status",
  "outbox.col.attempts": "Attempts",
  "outbox.col.lastError": "Last error",
  "outbox.col.createdAt": "Created",
  "outbox.col.sentAt": "Sent",
  "outbox.col.nextAttemptAt": "Next attempt",
  "outbox.detail.title": "E-mail: {subject}",
  "outbox.detail.text": "Message text",
  "outbox.detail.back": "Back to outgoing mail",
};
