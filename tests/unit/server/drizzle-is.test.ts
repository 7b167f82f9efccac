// The patched drizzle `is` (issue 7, .patches/): its answer for a class and a type is remembered.
// The answers must stay drizzle's: subclasses count, other kinds do not, and a class of another copy
// of drizzle (same entity kind, not the same class) is still recognised.
import { Column, entityKind, is, SQL, sql, Table } from "drizzle-orm";
import { PgColumn } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { users } from "../../../db/schema";

describe("drizzle's is() with remembered answers", () => {
  it("answers as drizzle does, the second time as the first", () => {
    for (let i = 0; i < 2; i++) {
      expect(is(users.id, Column)).toBe(true);
      expect(is(users.id, PgColumn)).toBe(true);
      expect(is(users.id, SQL)).toBe(false);
      expect(is(users, Table)).toBe(true);
      expect(is(users, Column)).toBe(false);
      expect(is(sql`select 1`, SQL)).toBe(true);
      expect(is(sql`select 1`, Table)).toBe(false);
      expect(is(null, SQL)).toBe(false);
      expect(is("text", SQL)).toBe(false);
    }
  });

  it("recognises a class from another copy of drizzle by its entity kind, and only by it", () => {
    class ForeignSQL {
      static readonly [entityKind] = SQL[entityKind];
    }
    class ForeignOther {
      static readonly [entityKind] = "SomethingElse";
    }
    for (let i = 0; i < 2; i++) {
      expect(is(new ForeignSQL(), SQL)).toBe(true);
      expect(is(new ForeignSQL(), Table)).toBe(false);
      expect(is(new ForeignOther(), SQL)).toBe(false);
    }
  });

  it("still refuses a type that is not a drizzle entity", () => {
    class NotDrizzle {}
    expect(() => is(new (class {})(), NotDrizzle as unknown as typeof SQL)).toThrow(/doesn't look like a Drizzle entity/);
  });
});
