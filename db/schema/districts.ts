// Court of Appeal districts: every role except admin is scoped to one of them.
import { pgTable, text } from "drizzle-orm/pg-core";

export const districts = pgTable("districts", {
  // Short stable code used in pseudonymous minor codes and URLs: "MI", "BS".
  code: text("code").primaryKey(),
  name: text("name").notNull(),
  // Provinces covered by the district, e.g. ["MI","CO",...].
  provinces: text("provinces").array().notNull(),
});
