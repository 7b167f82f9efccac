// Since when a minor has been waiting for a guardian, as every list and figure counts it: the
// arrival (or, when unknown, the day of registration), or the end of the last guardianship when
// a guardian was revoked and the minor waits again. PostgreSQL's greatest() skips nulls.
import { sql } from "drizzle-orm";
import { appointments, minors } from "../../../db/schema";

export const waitingSince = sql`greatest(
  coalesce(${minors.arrivalDate}, (${minors.createdAt} at time zone 'Europe/Rome')::date),
  (select max((ended.ended_at at time zone 'Europe/Rome')::date) from ${appointments} ended
    where ended.minor_id = ${minors.id} and ended.status = 'ended')
)`;
