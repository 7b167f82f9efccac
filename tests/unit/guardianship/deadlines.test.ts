// Deadlines of a guardianship: calendar arithmetic and the rules that follow from a minor's data.
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  addYears,
  ageOn,
  daysBetween,
  deadlineState,
  remindersDue,
  ruleDeadlines,
  type RuleDeadline,
  type RuleInput,
} from "../../../app/modules/guardianship/deadlines";

const input = (over: Partial<RuleInput>): RuleInput => ({
  birthDate: null,
  permitExpiry: null,
  appointedOn: null,
  today: "2026-11-24",
  ...over,
});
const byKind = (list: RuleDeadline[], kind: RuleDeadline["kind"]) => list.find((d) => d.kind === kind);

describe("calendar arithmetic", () => {
  it("adds years, taking 29 February to 1 March in common years", () => {
    expect(addYears("2009-03-15", 18)).toBe("2027-03-15");
    expect(addYears("2008-02-29", 18)).toBe("2026-03-01");
    expect(addYears("2008-02-29", 20)).toBe("2028-02-29"); // leap year: the day itself
    expect(addYears("2027-03-15", -18)).toBe("2009-03-15");
  });

  it("adds months, clamping to the end of a shorter month", () => {
    expect(addMonths("2026-08-31", 6)).toBe("2027-02-28");
    expect(addMonths("2027-08-31", 6)).toBe("2028-02-29");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2026-11-15", 3)).toBe("2027-02-15"); // across the year
    expect(addMonths("2027-03-31", -1)).toBe("2027-02-28");
    expect(addMonths("2027-01-15", -13)).toBe("2025-12-15");
  });

  it("adds days across months, years and the daylight-saving change", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2027-03-15", -90)).toBe("2026-12-15");
    expect(addDays("2027-03-27", 2)).toBe("2027-03-29"); // clocks go forward on 28 March 2027
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
  });

  it("counts days between dates, negative backwards", () => {
    expect(daysBetween("2026-12-15", "2027-03-15")).toBe(90);
    expect(daysBetween("2027-03-15", "2026-12-15")).toBe(-90);
    expect(daysBetween("2026-10-24", "2026-10-26")).toBe(2); // clocks go back on 25 October 2026
    expect(daysBetween("2026-11-24", "2026-11-24")).toBe(0);
  });

  it("counts completed years, consistently with addYears", () => {
    expect(ageOn("2009-03-15", "2027-03-14")).toBe(17);
    expect(ageOn("2009-03-15", "2027-03-15")).toBe(18);
    expect(ageOn("2008-02-29", "2026-02-28")).toBe(17);
    expect(ageOn("2008-02-29", "2026-03-01")).toBe(18);
    expect(ageOn("2008-02-29", "2028-02-29")).toBe(20);
  });

  it("rejects dates that do not exist", () => {
    expect(() => addDays("2026-02-30", 1)).toThrow(RangeError);
    expect(() => addDays("2026-2-3", 1)).toThrow(RangeError);
    expect(() => addMonths("2026-13-01", 1)).toThrow(RangeError);
    expect(() => addDays("2026-01-01", 1.5)).toThrow(RangeError);
  });
});

describe("rule deadlines", () => {
  it("a minor born on 15 March 2009: majority, prosieguo request and permit conversion", () => {
    const list = ruleDeadlines(input({ birthDate: "2009-03-15" }));
    expect(list.map((d) => [d.kind, d.dueDate])).toEqual([
      ["prosieguo_request", "2026-12-15"],
      ["eighteenth_birthday", "2027-03-15"],
      ["permit_conversion", "2027-05-14"],
    ]);
    // 15 Sep 2026 → 15 Mar 2027 is 181 days, 15 Dec 2026 → 15 Mar 2027 is 90.
    expect(byKind(list, "eighteenth_birthday")?.remindDaysBefore).toEqual([181, 90, 7]);
    expect(byKind(list, "prosieguo_request")?.remindDaysBefore).toEqual([30, 7]);
    expect(byKind(list, "permit_conversion")?.remindDaysBefore).toEqual([30, 7]);
  });

  it("someone born on 29 February comes of age on 1 March in a common year", () => {
    const list = ruleDeadlines(input({ birthDate: "2008-02-29", today: "2025-06-01" }));
    expect(byKind(list, "eighteenth_birthday")?.dueDate).toBe("2026-03-01");
    expect(byKind(list, "prosieguo_request")?.dueDate).toBe("2025-12-01");
    expect(byKind(list, "permit_conversion")?.dueDate).toBe("2026-04-30");
  });

  it("no birth date, no permit, no guardian: no deadlines", () => {
    expect(ruleDeadlines(input({}))).toEqual([]);
  });

  it("permit expiry only when the expiry is known", () => {
    expect(byKind(ruleDeadlines(input({ birthDate: "2010-01-01" })), "permit_expiry")).toBeUndefined();
    expect(ruleDeadlines(input({ permitExpiry: "2027-01-10" }))).toEqual([
      { kind: "permit_expiry", dueDate: "2027-01-10", remindDaysBefore: [60, 30, 7] },
    ]);
  });

  it("plan review: the next six-month date from the appointment on or after today", () => {
    const review = (appointedOn: string, today: string) =>
      byKind(ruleDeadlines(input({ appointedOn, today })), "plan_review");
    expect(review("2026-01-10", "2026-11-24")).toEqual({ kind: "plan_review", dueDate: "2027-01-10", remindDaysBefore: [14, 3] });
    expect(review("2026-01-10", "2026-07-10")?.dueDate).toBe("2026-07-10"); // today itself
    expect(review("2026-01-10", "2026-07-11")?.dueDate).toBe("2027-01-10");
    expect(review("2026-01-10", "2026-01-10")?.dueDate).toBe("2026-07-10"); // never the appointment itself
    expect(review("2026-11-20", "2026-11-24")?.dueDate).toBe("2027-05-20"); // just appointed
    // Appointed years ago: 2 Nov 2026 has just gone, the next is 2 May 2027.
    expect(review("2018-05-02", "2026-11-24")?.dueDate).toBe("2027-05-02");
    expect(review("2018-05-02", "2026-11-02")?.dueDate).toBe("2026-11-02");
    expect(review("2018-05-02", "2026-11-01")?.dueDate).toBe("2026-11-02");
  });

  it("plan review counts each period from the appointment, so month-end clamping does not drift", () => {
    const review = (today: string) => byKind(ruleDeadlines(input({ appointedOn: "2025-08-31", today })), "plan_review")?.dueDate;
    expect(review("2026-01-01")).toBe("2026-02-28");
    expect(review("2026-03-01")).toBe("2026-08-31");
    expect(review("2027-03-01")).toBe("2027-08-31");
    expect(review("2027-09-01")).toBe("2028-02-29");
  });

  it("no plan review without an active guardian", () => {
    expect(byKind(ruleDeadlines(input({ birthDate: "2010-05-05" })), "plan_review")).toBeUndefined();
  });

  it("keeps past birthday deadlines but drops the prosieguo request once it is late and the minor is of age", () => {
    const afterMajority = ruleDeadlines(input({ birthDate: "2009-03-15", today: "2027-04-01" }));
    expect(afterMajority.map((d) => d.kind)).toEqual(["eighteenth_birthday", "permit_conversion"]);

    // Late but still a minor: the request can still be made, it stays (overdue).
    const late = ruleDeadlines(input({ birthDate: "2009-03-15", today: "2027-01-20" }));
    expect(byKind(late, "prosieguo_request")?.dueDate).toBe("2026-12-15");

    // On the 18th birthday the minor has come of age: nothing left to request.
    const birthday = ruleDeadlines(input({ birthDate: "2009-03-15", today: "2027-03-15" }));
    expect(byKind(birthday, "prosieguo_request")).toBeUndefined();
    expect(byKind(ruleDeadlines(input({ birthDate: "2009-03-15", today: "2027-03-14" })), "prosieguo_request")).toBeDefined();

    // Long past: all birthday deadlines are still produced, the caller decides.
    expect(ruleDeadlines(input({ birthDate: "1990-01-01", today: "2026-11-24" })).map((d) => d.kind)).toEqual([
      "eighteenth_birthday",
      "permit_conversion",
    ]);
  });

  it("sorts by due date, then by kind", () => {
    // Permit expiry on the 18th birthday: eighteenth_birthday comes first among equal dates.
    const list = ruleDeadlines(
      input({ birthDate: "2009-03-15", permitExpiry: "2027-03-15", appointedOn: "2026-09-15", today: "2026-11-24" }),
    );
    expect(list.map((d) => `${d.dueDate} ${d.kind}`)).toEqual([
      "2026-12-15 prosieguo_request",
      "2027-03-15 eighteenth_birthday",
      "2027-03-15 permit_expiry",
      "2027-03-15 plan_review",
      "2027-05-14 permit_conversion",
    ]);
  });
});

describe("reminders and state", () => {
  const birthday: RuleDeadline = { kind: "eighteenth_birthday", dueDate: "2027-03-15", remindDaysBefore: [181, 90, 7] };

  it("a reminder goes out exactly on its day", () => {
    expect(remindersDue(birthday, addMonths("2027-03-15", -6))).toBe(181);
    expect(remindersDue(birthday, "2026-09-15")).toBe(181);
    expect(remindersDue(birthday, "2026-12-15")).toBe(90);
    expect(remindersDue(birthday, "2027-03-08")).toBe(7);
    expect(remindersDue(birthday, "2026-09-16")).toBeNull();
    expect(remindersDue(birthday, "2027-03-15")).toBeNull();
    expect(remindersDue(birthday, "2027-03-22")).toBeNull(); // 7 days after, not before
  });

  it("every rule's reminders match on the right days", () => {
    for (const d of ruleDeadlines(input({ birthDate: "2008-02-29", permitExpiry: "2027-01-10", appointedOn: "2026-06-01" }))) {
      for (const n of d.remindDaysBefore) expect(remindersDue(d, addDays(d.dueDate, -n))).toBe(n);
      expect([...d.remindDaysBefore].sort((a, b) => b - a)).toEqual(d.remindDaysBefore);
    }
  });

  it("done, overdue, soon (within 30 days, today included) or later", () => {
    expect(deadlineState("2026-11-01", true, "2026-11-24")).toBe("done");
    expect(deadlineState("2026-11-23", false, "2026-11-24")).toBe("overdue");
    expect(deadlineState("2026-11-24", false, "2026-11-24")).toBe("soon");
    expect(deadlineState("2026-12-24", false, "2026-11-24")).toBe("soon");
    expect(deadlineState("2026-12-25", false, "2026-11-24")).toBe("later");
  });
});
