// Service-level arithmetic of Consulenze legali, in working days (Rome time, weekends, Italian
// public holidays and the district seat's patron saint excluded). Pure: unit-tested directly.
import { addWorkingDays, workingDaysBetween } from "~/utils/working-days";
import { SLA } from "./constants";

/** When the first response to a new request is due: 3 working days, 1 when urgent. */
export function firstResponseDue(createdAt: Date, urgent: boolean, districtCode: string): Date {
  return addWorkingDays(createdAt, urgent ? SLA.firstResponseUrgent : SLA.firstResponse, districtCode);
}

/** When the response to a guardian's later message is due: 5 working days. */
export function followUpDue(messageAt: Date, districtCode: string): Date {
  return addWorkingDays(messageAt, SLA.followUp, districtCode);
}

/**
 * The due date after a pause: moved on by the working days that passed while the request waited
 * for the guardian (a pause that starts and ends on the same day moves nothing).
 */
export function resumeDue(dueAt: Date, pausedAt: Date, resumedAt: Date, districtCode: string): Date {
  const days = workingDaysBetween(pausedAt, resumedAt, districtCode);
  if (days === 0) return dueAt;
  return addWorkingDays(new Date(dueAt.getTime() - 1), days, districtCode);
}

/** The earlier of two due dates, either of which may be missing. */
export function earliest(a: Date | null, b: Date | null): Date | null {
  if (!a) return b;
  if (!b) return a;
  return a.getTime() <= b.getTime() ? a : b;
}

export type Countdown =
  | { state: "none" }
  | { state: "paused" }
  | { state: "overdue"; hours: number }
  | { state: "due"; hours: number; soon: boolean };

/** What the countdown on a request shows at `now`. */
export function countdown(dueAt: Date | null, pausedAt: Date | null, now: Date): Countdown {
  if (!dueAt) return { state: "none" };
  if (pausedAt) return { state: "paused" };
  const ms = dueAt.getTime() - now.getTime();
  const hours = Math.floor(Math.abs(ms) / 3_600_000);
  if (ms < 0) return { state: "overdue", hours };
  return { state: "due", hours, soon: ms <= 24 * 3_600_000 };
}

/**
 * Whether the reminder to the guardian is due: once 5 whole working days of waiting have passed
 * (the end of the 5th working day after the day the wait began, as for a due date), sent once per wait.
 */
export function waitingReminderDue(waitingSince: Date, now: Date, districtCode: string): boolean {
  return now.getTime() >= addWorkingDays(waitingSince, SLA.waitingReminder, districtCode).getTime();
}
