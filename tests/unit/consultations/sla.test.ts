// Service levels of Consulenze legali: due dates in working days (Rome time, weekends, Italian
// public holidays, the district's patron saint), pauses, the countdown and the guardian's reminder.
import { describe, expect, it } from "vitest";
import { countdown, earliest, firstResponseDue, followUpDue, resumeDue, waitingReminderDue } from "../../../app/modules/consultations/sla";
import { romeLocalToUtc, utcToRomeLocal } from "../../../app/utils/dates";

/** An instant given as Rome wall-clock time. */
const rome = (date: string, time = "10:00") => romeLocalToUtc(date, time)!;
/** The Rome day a deadline closes, and the wall-clock time it falls at (always midnight). */
const closes = (d: Date) => `${utcToRomeLocal(new Date(d.getTime() - 1)).date} ${utcToRomeLocal(d).time}`;

describe("first response due", () => {
  it("a normal request on Wednesday 23 December 2026 is due at the end of Tuesday 29 (Christmas, Santo Stefano, weekend)", () => {
    const due = firstResponseDue(rome("2026-12-23"), false, "MI");
    // 24 (1), 25–27 closed, 28 (2), 29 (3). Winter time: midnight in Rome is 23:00 UTC.
    expect(closes(due)).toBe("2026-12-29 00:00");
    expect(due.toISOString()).toBe("2026-12-29T23:00:00.000Z");
    expect(firstResponseDue(rome("2026-12-23", "23:59"), false, "BS").toISOString()).toBe("2026-12-29T23:00:00.000Z");
  });

  it("an urgent request on 23 December 2026 is due at the end of the 24th; on Christmas Eve, at the end of Monday 28", () => {
    expect(firstResponseDue(rome("2026-12-23", "18:30"), true, "MI").toISOString()).toBe("2026-12-24T23:00:00.000Z");
    expect(closes(firstResponseDue(rome("2026-12-24", "09:00"), true, "MI"))).toBe("2026-12-28 00:00");
  });

  it("a request on the Friday before Easter 2027 skips Easter Monday (29 March) and ends in summer time", () => {
    const due = firstResponseDue(rome("2027-03-26"), false, "MI");
    // 27–28 weekend, 29 Easter Monday: 30 (1), 31 (2), 1 April (3). Summer time: 22:00 UTC.
    expect(closes(due)).toBe("2027-04-01 00:00");
    expect(due.toISOString()).toBe("2027-04-01T22:00:00.000Z");
    expect(firstResponseDue(rome("2027-03-26"), true, "MI").toISOString()).toBe("2027-03-30T22:00:00.000Z");
    // On Easter Sunday itself, urgent: Monday is a holiday too.
    expect(closes(firstResponseDue(rome("2027-03-28", "12:00"), true, "BS"))).toBe("2027-03-30 00:00");
  });

  it("a request on Thursday 1 April 2027 is due at the end of Tuesday 6 April", () => {
    expect(closes(firstResponseDue(rome("2027-04-01"), false, "MI"))).toBe("2027-04-06 00:00");
  });

  it("Sant'Ambrogio (7 December) is a holiday in Milano but not in Brescia", () => {
    // Friday 4 December 2026, urgent: Monday 7 is closed in Milano, Tuesday 8 everywhere.
    expect(closes(firstResponseDue(rome("2026-12-04"), true, "MI"))).toBe("2026-12-09 00:00");
    expect(closes(firstResponseDue(rome("2026-12-04"), true, "BS"))).toBe("2026-12-07 00:00");
    expect(closes(firstResponseDue(rome("2026-12-04"), false, "MI"))).toBe("2026-12-11 00:00");
    expect(closes(firstResponseDue(rome("2026-12-04"), false, "BS"))).toBe("2026-12-10 00:00");
  });

  it("Santi Faustino e Giovita (15 February) is a holiday in Brescia but not in Milano", () => {
    // Friday 12 February 2027, urgent.
    expect(closes(firstResponseDue(rome("2027-02-12"), true, "BS"))).toBe("2027-02-16 00:00");
    expect(closes(firstResponseDue(rome("2027-02-12"), true, "MI"))).toBe("2027-02-15 00:00");
  });

  it("a request made at 00:30 on a working day counts that day as its own, not as the first working day", () => {
    expect(closes(firstResponseDue(rome("2026-11-24", "00:30"), true, "MI"))).toBe("2026-11-25 00:00");
  });
});

describe("follow-up due", () => {
  it("is 5 working days after the guardian's message", () => {
    // Wednesday 23 December 2026: 24, 28, 29, 30, 31.
    expect(followUpDue(rome("2026-12-23"), "MI").toISOString()).toBe("2026-12-31T23:00:00.000Z");
    // Wednesday 30 December 2026: 31, (1 Jan), 4, 5, (6 Jan Epifania), 7, 8.
    expect(closes(followUpDue(rome("2026-12-30"), "MI"))).toBe("2027-01-08 00:00");
  });

  it("earliest() keeps the sooner due date and tolerates a missing one", () => {
    const a = rome("2026-12-10");
    const b = rome("2026-12-11");
    expect(earliest(a, b)).toBe(a);
    expect(earliest(b, a)).toBe(a);
    expect(earliest(null, b)).toBe(b);
    expect(earliest(a, null)).toBe(a);
    expect(earliest(null, null)).toBeNull();
  });
});

describe("resuming after a pause", () => {
  it("a pause from Friday to Monday moves the due date on by one working day", () => {
    const due = rome("2026-11-11", "00:00"); // end of Tuesday 10 November
    const resumed = resumeDue(due, rome("2026-11-06", "15:00"), rome("2026-11-09", "09:00"), "MI");
    expect(closes(resumed)).toBe("2026-11-11 00:00");
  });

  it("a pause over Christmas counts only the working days spent waiting", () => {
    const due = firstResponseDue(rome("2026-12-23", "09:00"), false, "MI"); // end of 29 December
    // Paused Wednesday 23, resumed Monday 28: 24 and 28 were working days → 2 more.
    const resumed = resumeDue(due, rome("2026-12-23"), rome("2026-12-28"), "MI");
    expect(closes(resumed)).toBe("2026-12-31 00:00");
    // Paused Thursday 31 December, resumed Monday 4 January: 1 January is a holiday → 1 more,
    // and the extra day itself skips New Year's Day.
    const due31 = rome("2027-01-01", "00:00"); // end of 31 December
    expect(closes(resumeDue(due31, rome("2026-12-31", "12:00"), rome("2027-01-04", "09:00"), "MI"))).toBe("2027-01-04 00:00");
  });

  it("a pause over Sant'Ambrogio costs Milano one day less than Brescia", () => {
    const due = rome("2026-12-11", "00:00"); // end of Thursday 10 December
    // Paused Friday 4, resumed Wednesday 9: MI counts 9 only, BS counts 7 and 9.
    expect(closes(resumeDue(due, rome("2026-12-04"), rome("2026-12-09"), "MI"))).toBe("2026-12-11 00:00");
    expect(closes(resumeDue(due, rome("2026-12-04"), rome("2026-12-09"), "BS"))).toBe("2026-12-14 00:00");
  });

  it("a pause that starts and ends on the same day, or only over a weekend, changes nothing", () => {
    const due = rome("2026-11-11", "00:00");
    expect(resumeDue(due, rome("2026-11-09", "09:00"), rome("2026-11-09", "23:59"), "MI")).toBe(due);
    expect(resumeDue(due, rome("2026-11-07", "09:00"), rome("2026-11-08", "20:00"), "MI")).toBe(due);
  });
});

describe("countdown", () => {
  const due = rome("2026-12-30", "00:00");
  it("shows nothing when nothing is owed, and 'paused' while waiting for the guardian", () => {
    expect(countdown(null, null, rome("2026-12-28"))).toEqual({ state: "none" });
    expect(countdown(due, rome("2026-12-28"), rome("2026-12-31"))).toEqual({ state: "paused" });
  });

  it("is overdue after the due instant, with the hours late", () => {
    expect(countdown(due, null, rome("2026-12-30", "05:30"))).toEqual({ state: "overdue", hours: 5 });
  });

  it("is due soon within 24 hours, and due later beyond", () => {
    expect(countdown(due, null, rome("2026-12-29", "01:00"))).toEqual({ state: "due", hours: 23, soon: true });
    expect(countdown(due, null, rome("2026-12-29", "00:00"))).toEqual({ state: "due", hours: 24, soon: true });
    expect(countdown(due, null, rome("2026-12-28", "23:00"))).toEqual({ state: "due", hours: 25, soon: false });
    expect(countdown(due, null, rome("2026-12-24", "12:00"))).toMatchObject({ state: "due", soon: false });
  });
});

describe("reminder to the guardian", () => {
  const since = rome("2026-12-23"); // Wednesday; 25–27 December closed
  it("is due once 5 whole working days of waiting have passed, counting holidays out", () => {
    // 24, 28, 29, 30 → 4 days: not yet.
    expect(waitingReminderDue(since, rome("2026-12-30", "23:00"), "MI")).toBe(false);
    // During the 5th working day (31 December) the guardian still has time.
    expect(waitingReminderDue(since, rome("2026-12-31", "08:00"), "MI")).toBe(false);
    // From the end of the 31st.
    expect(waitingReminderDue(since, rome("2027-01-01", "00:00"), "MI")).toBe(true);
    expect(waitingReminderDue(since, rome("2027-01-04"), "MI")).toBe(true);
  });

  it("counts the district's patron saint", () => {
    // Wednesday 2 December 2026. Brescia: 3, 4, 7, (8), 9, 10 → from the end of the 10th.
    // Milano: 3, 4, (7 Sant'Ambrogio), (8), 9, 10, 11 → from the end of the 11th.
    const wait = rome("2026-12-02");
    expect(waitingReminderDue(wait, rome("2026-12-10", "23:00"), "BS")).toBe(false);
    expect(waitingReminderDue(wait, rome("2026-12-11", "00:00"), "BS")).toBe(true);
    expect(waitingReminderDue(wait, rome("2026-12-11", "12:00"), "MI")).toBe(false);
    expect(waitingReminderDue(wait, rome("2026-12-12", "00:00"), "MI")).toBe(true);
  });
});
