// Column helpers shared by the schema files.
import { timestamp } from "drizzle-orm/pg-core";

/** Every point in time is a timestamptz, read as a JavaScript Date. */
export const tsz = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
