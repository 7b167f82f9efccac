// The request form's schema: impossible dates and a missing urgency reason are field errors, not crashes.
import { describe, expect, it } from "vitest";
import { parseForm } from "../../../app/utils/forms";
import { requestSchema } from "../../../app/modules/consultations/schema";

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}
const base = { category: "health", subject: "Tessera sanitaria", description: "Come si ottiene?" };

describe("requestSchema", () => {
  it("refuses a date that does not exist (31 February) with the date message", () => {
    const result = parseForm(requestSchema, form({ ...base, deadlineDate: "2026-02-31" }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.deadlineDate).toBe("consultations.validation.date");
  });

  it("accepts a real date and an empty one", () => {
    expect(parseForm(requestSchema, form({ ...base, deadlineDate: "2028-02-29" })).ok).toBe(true);
    expect(parseForm(requestSchema, form({ ...base, deadlineDate: "" })).ok).toBe(true);
  });

  it("asks why when the request is urgent, keeping the subject", () => {
    const result = parseForm(requestSchema, form({ ...base, urgent: "on" }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.urgencyReason).toBe("consultations.validation.urgencyReason");
      expect(result.values.subject).toBe("Tessera sanitaria");
    }
  });
});
