// The training events behind a person's training record: events attended and their hours.
import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import { eventRegistrations, trainingEvents } from "../../../db/schema";
import { db } from "~/db.server";

export interface EventHistoryEntry {
  eventId: string;
  title: string;
  districtCode: string;
  mode: "in_person" | "online";
  startsAt: Date;
  endsAt: Date;
  hours: number;
  status: "registered" | "waitlisted";
  /** null until the attendance is recorded. */
  attended: boolean | null;
  eventCancelled: boolean;
}

/** Each person's events (registered or waiting, newest first), for many people in one query. */
export async function eventHistory(userIds: readonly string[]): Promise<Map<string, EventHistoryEntry[]>> {
  const result = new Map<string, EventHistoryEntry[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return result;
  const rows = await db()
    .select({
      userId: eventRegistrations.userId,
      eventId: trainingEvents.id,
      title: trainingEvents.title,
      districtCode: trainingEvents.districtCode,
      mode: trainingEvents.mode,
      startsAt: trainingEvents.startsAt,
      endsAt: trainingEvents.endsAt,
      hours: trainingEvents.hours,
      status: eventRegistrations.status,
      attended: eventRegistrations.attended,
      cancelledAt: trainingEvents.cancelledAt,
    })
    .from(eventRegistrations)
    .innerJoin(trainingEvents, eq(trainingEvents.id, eventRegistrations.eventId))
    .where(and(inArray(eventRegistrations.userId, [...userIds]), ne(eventRegistrations.status, "cancelled")))
    .orderBy(desc(trainingEvents.startsAt), asc(trainingEvents.id));
  for (const { userId, cancelledAt, status, ...entry } of rows) {
    result.get(userId)?.push({ ...entry, status: status as "registered" | "waitlisted", eventCancelled: cancelledAt !== null });
  }
  return result;
}

/** Hours of the events a person attended (attendance recorded as present, event not cancelled). */
export async function attendedHours(userId: string): Promise<number> {
  const [row] = await db()
    .select({ hours: sql<number>`coalesce(sum(${trainingEvents.hours}), 0)`.mapWith(Number) })
    .from(eventRegistrations)
    .innerJoin(trainingEvents, eq(trainingEvents.id, eventRegistrations.eventId))
    .where(
      and(
        eq(eventRegistrations.userId, userId),
        eq(eventRegistrations.status, "registered"),
        eq(eventRegistrations.attended, true),
        sql`${trainingEvents.cancelledAt} is null`,
      ),
    );
  return Math.round((row?.hours ?? 0) * 10) / 10;
}
