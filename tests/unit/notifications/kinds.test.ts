// The kinds registry, rendering from the catalogs, the digest's 07:00 cutoff and the page parsing.
import { describe, expect, it } from "vitest";
import { allowedModes, CONFIGURABLE_KINDS, effectiveMode, NOTIFICATION_KINDS } from "../../../app/modules/notifications/kinds";
import { renderNotification } from "../../../app/modules/notifications/render";
import { digestCutoff } from "../../../app/modules/notifications/digest.server";
import { notificationActionSchema, pageSchema, readOutboxQuery } from "../../../app/modules/notifications/schema";
import { translate } from "../../../app/i18n";

describe("notification kinds", () => {
  it("uses the kind's default unless the stored choice is allowed", () => {
    expect(effectiveMode("test", undefined)).toBe("immediate");
    expect(effectiveMode("test", "never")).toBe("never");
    expect(effectiveMode("role_granted", "daily")).toBe("daily");
    // Account changes cannot be silenced: a stored "never" falls back to the default.
    expect(effectiveMode("role_granted", "never")).toBe("immediate");
    // Welcome is in-app only and not configurable.
    expect(effectiveMode("welcome", "immediate")).toBe("never");
    expect(allowedModes("welcome")).toEqual([]);
    expect(allowedModes("role_revoked")).toEqual(["immediate", "daily"]);
    expect(allowedModes("test")).toEqual(["immediate", "daily", "never"]);
    expect(CONFIGURABLE_KINDS).not.toContain("welcome");
  });

  it("has every catalog key in both languages", () => {
    for (const def of Object.values(NOTIFICATION_KINDS)) {
      for (const key of [def.title, def.body, def.label]) {
        expect(translate("it", key)).not.toBe(key);
        expect(translate("en", key).trim()).not.toBe("");
      }
    }
  });

  it("renders payload values into the templates, translating roles and districts", () => {
    expect(renderNotification("it", "welcome", { name: "Giulia Verdi" }).title).toBe("Ti diamo il benvenuto, Giulia Verdi");
    expect(renderNotification("en", "welcome", { name: "Giulia Verdi" }).title).toBe("Welcome, Giulia Verdi");
    const granted = renderNotification("it", "role_granted", { role: "guardian", district: "BS" });
    expect(granted.title).toBe("Nuovo ruolo: Tutore volontario — Brescia");
    expect(renderNotification("en", "role_revoked", { role: "admin", district: null }).title).toBe("Role removed: Administrator");
    // Payload text stays plain text: nothing is interpreted.
    expect(renderNotification("it", "test", { sender: "<b>Ada</b>" }).body).toContain("<b>Ada</b> ti ha inviato");
    expect(renderNotification("it", "forum_reply_gone", {}).title).toBe("Notifica");
  });
});

describe("digest cutoff (Europe/Rome 07:00)", () => {
  it("is today's 07:00 after it, yesterday's before it, across daylight saving", () => {
    // Winter: UTC+1. 2026-01-15 08:00 Rome = 07:00Z.
    expect(digestCutoff(new Date("2026-01-15T07:00:00Z")).toISOString()).toBe("2026-01-15T06:00:00.000Z");
    expect(digestCutoff(new Date("2026-01-15T05:59:59Z")).toISOString()).toBe("2026-01-14T06:00:00.000Z");
    expect(digestCutoff(new Date("2026-01-15T06:00:00Z")).toISOString()).toBe("2026-01-15T06:00:00.000Z");
    // Summer: UTC+2.
    expect(digestCutoff(new Date("2026-07-01T12:00:00Z")).toISOString()).toBe("2026-07-01T05:00:00.000Z");
    // Day after the spring change (29 March 2026): yesterday's 07:00 was already in summer time.
    expect(digestCutoff(new Date("2026-03-30T04:00:00Z")).toISOString()).toBe("2026-03-29T05:00:00.000Z");
    // Month boundary.
    expect(digestCutoff(new Date("2026-03-01T03:00:00Z")).toISOString()).toBe("2026-02-28T06:00:00.000Z");
  });
});

describe("query and form parsing", () => {
  it("reads ?pagina as a positive integer, page 1 otherwise", () => {
    expect(pageSchema.parse("3")).toBe(3);
    for (const bad of ["0", "-2", "abc", "1.5", undefined, ""]) expect(pageSchema.parse(bad)).toBe(1);
    expect(readOutboxQuery(new URL("http://x/amministrazione/posta?stato=failed&pagina=2"))).toEqual({ status: "failed", page: 2 });
    expect(readOutboxQuery(new URL("http://x/amministrazione/posta?stato=boh"))).toEqual({ status: undefined, page: 1 });
  });

  it("accepts only known intents with uuid ids", () => {
    expect(notificationActionSchema.safeParse({ intent: "read", id: "not-a-uuid" }).success).toBe(false);
    expect(notificationActionSchema.safeParse({ intent: "delete", id: crypto.randomUUID() }).success).toBe(false);
    expect(notificationActionSchema.safeParse({ intent: "readAll" }).success).toBe(true);
  });
});
