// The catalogs: interpolation, language negotiation, and no empty translations.
import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, translate } from "../../../app/i18n";
import * as itCatalogs from "../../../app/i18n/it/auth";

describe("i18n", () => {
  it("fills in variables in both languages", () => {
    expect(translate("it", "auth.login.throttled", { minutes: 12 })).toContain("12 minuti");
    expect(translate("en", "auth.login.throttled", { minutes: 12 })).toContain("12 minutes");
  });

  it("prefers the browser's supported language, Italian otherwise", () => {
    expect(localeFromAcceptLanguage("en-GB,en;q=0.9,it;q=0.8")).toBe("en");
    expect(localeFromAcceptLanguage("de-DE,de;q=0.9")).toBe("it");
    expect(localeFromAcceptLanguage("de;q=0.9,it;q=0.5,en;q=0.7")).toBe("en");
    expect(localeFromAcceptLanguage(null)).toBe("it");
  });

  it("has no empty string in either language", () => {
    for (const key of Object.keys(itCatalogs.auth) as (keyof typeof itCatalogs.auth)[]) {
      expect(translate("it", key).trim()).not.toBe("");
      expect(translate("en", key).trim()).not.toBe("");
    }
  });
});
