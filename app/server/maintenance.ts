// Hourly housekeeping: enforces the retention periods promised by the privacy notice, reminds
// people of certificates about to expire, tells trainers of new content conflicts, closes answered
// consultation requests after 14 days, reminds guardians of requests waiting for them and of their
// minors' deadlines.
import { purgeExpiredAuthData } from "../modules/auth/retention.server";
import { purgeClosedConsultations } from "../modules/consultations/retention.server";
import { autoCloseAnswered, sendWaitingReminders } from "../modules/consultations/workflow.server";
import { purgeOldNotifications } from "../modules/notifications/retention.server";
import { sendDeadlineReminders } from "../modules/guardianship/deadlines.server";
import { notifyTrainersOfConflicts } from "../modules/training/conflicts.server";
import { sendExpiryReminders } from "../modules/training/expiry.server";

const HOUR = 60 * 60 * 1000;

export async function runMaintenance(now = new Date()) {
  const auth = await purgeExpiredAuthData(now);
  const notifications = await purgeOldNotifications(now);
  const expiryReminders = await sendExpiryReminders(now);
  const conflictNotices = await notifyTrainersOfConflicts();
  const consultationsClosed = await autoCloseAnswered(now);
  const consultationReminders = await sendWaitingReminders(now);
  const consultationsPurged = await purgeClosedConsultations(now);
  const deadlineReminders = await sendDeadlineReminders(now);
  return {
    ...auth,
    notifications: notifications.notifications,
    mails: notifications.mails,
    expiryReminders,
    conflictNotices,
    consultationsClosed,
    consultationReminders,
    consultationsPurged,
    deadlineReminders,
  };
}

/** Runs once shortly after start, then every hour; returns a stop function that waits for a run. */
export function startMaintenance(): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = runMaintenance().catch((error) => console.error("Maintenance failed:", error));
  };
  const first = setTimeout(tick, 30_000);
  const timer = setInterval(tick, HOUR);
  first.unref();
  timer.unref();
  return async () => {
    clearTimeout(first);
    clearInterval(timer);
    await running;
  };
}
