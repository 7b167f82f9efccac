// Working-day deadlines across weekends and Italian public holidays (consultations' service levels).
import { describe, expect, it } from "vitest";
import { romeLocalToUtc, utcToRomeLocal } from "../../../app/utils/dates";
import { addWorkingDays, easterSunday, isWorkingDay, workingDaysBetween } from "../../../app/utils/working-days";

const rome = (date: string, time = "10:00") => romeLocalToUtc(date, time)!;
const dueDay = (d: Date) => {
  // A deadline is midnight at the end of its day: show the day it closes.
  const before = new Date(d.getTime() - 1);
  return `${utcToRomeLocal(before).date} ${utcToRomeLocal(d).time}`;
};

describe("Easter", () => {
  it("falls on the right Sundays", () => {
    expect(easterSunday(2026)).toEqual({ year: 2026, month: 4, day: 5 });
    expect(easterSunday(2027)).toEqual({ year: 2027, month: 3, day: 28 });
    expect(easterSunday(2028)).toEqual({ year: 2028, month: 4, day: 16 });
  });
});

describe("working days", () => {
  it("knows weekends, national holidays, Easter Monday and the districts' patron saints", () => {
    expect(isWorkingDay({ year: 2026, month: 11, day: 24 })).toBe(true); // Tuesday
    expect(isWorkingDay({ year: 2026, month: 11, day: 28 })).toBe(false); // Saturday
    expect(isWorkingDay({ year: 2026, month: 12, day: 8 })).toBe(false); // Immacolata
    expect(isWorkingDay({ year: 2027, month: 3, day: 29 })).toBe(false); // Easter Monday 2027
    expect(isWorkingDay({ year: 2026, month: 6, day: 2 })).toBe(false); // Festa della Repubblica
    expect(isWorkingDay({ year: 2026, month: 12, day: 7 })).toBe(true);
    expect(isWorkingDay({ year: 2026, month: 12, day: 7 }, "MI")).toBe(false); // Sant'Ambrogio
    expect(isWorkingDay({ year: 2027, month: 2, day: 15 }, "BS")).toBe(false); // Faustino e Giovita
  });

  it("a request on 23 December 2026 with 3 working days is due at the end of 29 December", () => {
    // 24 Dec (1), 25–27 closed, 28 (2), 29 (3).
    expect(dueDay(addWorkingDays(rome("2026-12-23"), 3))).toBe("2026-12-29 00:00");
  });

  it("an urgent request on 23 December 2026 (1 working day) is due at the end of 24 December", () => {
    expect(dueDay(addWorkingDays(rome("2026-12-23", "18:30"), 1))).toBe("2026-12-24 00:00");
  });

  it("a request on the Friday before Easter 2027 is due at the end of Thursday 1 April", () => {
    // Easter Monday 29 March is closed: 30 (1), 31 (2), 1 April (3).
    expect(dueDay(addWorkingDays(rome("2027-03-26"), 3))).toBe("2027-04-01 00:00");
  });

  it("a request made on a Saturday starts counting on Monday", () => {
    expect(dueDay(addWorkingDays(rome("2026-11-28"), 1))).toBe("2026-11-30 00:00");
  });

  it("in Milano, Sant'Ambrogio and the Immacolata both stop the clock", () => {
    // Friday 4 Dec 2026: 7 (Sant'Ambrogio, MI) and 8 (holiday) closed → 9, 10, 11.
    expect(dueDay(addWorkingDays(rome("2026-12-04"), 3, "MI"))).toBe("2026-12-11 00:00");
    expect(dueDay(addWorkingDays(rome("2026-12-04"), 3, "BS"))).toBe("2026-12-10 00:00");
  });

  it("counts working days between two instants", () => {
    expect(workingDaysBetween(rome("2026-12-23"), rome("2026-12-29"))).toBe(3);
    expect(workingDaysBetween(rome("2026-11-24"), rome("2026-11-24", "18:00"))).toBe(0);
  });

  it("ends a deadline at midnight Rome time also across the change to summer time", () => {
    const due = addWorkingDays(rome("2027-03-26"), 3);
    // The end of Thursday 1 April is midnight of the 2nd in Rome, summer time (UTC+2).
    expect(due.toISOString()).toBe("2027-04-01T22:00:00.000Z");
  });
});
