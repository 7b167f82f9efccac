// Training events' forms and intents: zod schemas (server only); error messages are catalog keys.
import * as z from "zod";
import type { MessageKey } from "~/i18n";
import { EVENT_DISTRICTS, EVENT_MODE_VALUES, isHttpsLink, romeLocalToUtc, type EventInput } from "./events-rules";

const msg = (key: MessageKey) => ({ message: key });
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const fields = {
  title: z.string().trim().min(3, msg("events.validation.title")).max(200, msg("validation.tooLong")),
  description: z.string().trim().max(20_000, msg("validation.tooLong")).default(""),
  mode: z.enum(EVENT_MODE_VALUES, msg("validation.choice")),
  place: z.string().trim().max(300, msg("validation.tooLong")).default(""),
  link: z.string().trim().max(500, msg("validation.tooLong")).default(""),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, msg("events.validation.date")),
  startTime: z.string().regex(TIME, msg("events.validation.time")),
  endTime: z.string().regex(TIME, msg("events.validation.time")),
  capacity: z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, msg("events.validation.capacity"))
    .transform(Number)
    .pipe(z.number().min(1, msg("events.validation.capacity")).max(1000, msg("events.validation.capacity"))),
  hours: z
    .string()
    .trim()
    .regex(/^\d{1,2}([.,]\d)?$/, msg("events.validation.hours"))
    .transform((s) => Number(s.replace(",", ".")))
    .pipe(z.number().min(0.5, msg("events.validation.hours")).max(24, msg("events.validation.hours"))),
  courseId: z.union([z.literal(""), z.uuid(msg("validation.choice"))]).default(""),
};

type RawEvent = {
  [K in keyof typeof fields]: z.infer<(typeof fields)[K]>;
};

function checkEvent(value: RawEvent, ctx: z.RefinementCtx) {
  if (value.mode === "in_person" && value.place.length < 3) {
    ctx.addIssue({ code: "custom", path: ["place"], message: "events.validation.place" });
  }
  if (value.mode === "online" && !isHttpsLink(value.link)) {
    ctx.addIssue({ code: "custom", path: ["link"], message: "events.validation.link" });
  }
  const starts = romeLocalToUtc(value.date, value.startTime);
  const ends = romeLocalToUtc(value.date, value.endTime);
  if (!starts) ctx.addIssue({ code: "custom", path: ["startTime"], message: "events.validation.timeMissing" });
  if (!ends) ctx.addIssue({ code: "custom", path: ["endTime"], message: "events.validation.timeMissing" });
  if (starts && ends && ends <= starts) {
    ctx.addIssue({ code: "custom", path: ["endTime"], message: "events.validation.endBeforeStart" });
  }
}

function toInput(value: RawEvent): EventInput {
  return {
    title: value.title,
    descriptionMd: value.description,
    mode: value.mode,
    place: value.mode === "in_person" ? value.place : null,
    link: value.mode === "online" ? value.link : null,
    startsAt: romeLocalToUtc(value.date, value.startTime)!,
    endsAt: romeLocalToUtc(value.date, value.endTime)!,
    capacity: value.capacity,
    hours: value.hours,
    courseId: value.courseId || null,
  };
}

/** Editing an event: everything but the district, which stays the event's. */
export const eventUpdateSchema = z.object(fields).superRefine(checkEvent).transform(toInput);

/** A new event: the fields above and the district (checked against the user's districts by the action). */
export const eventCreateSchema = z
  .object({ ...fields, districtCode: z.enum(EVENT_DISTRICTS, msg("validation.district")) })
  .superRefine(checkEvent)
  .transform((value) => ({ ...toInput(value), districtCode: value.districtCode }));

export const eventIdSchema = z.uuid();

/** The learner's buttons: register or cancel, on the list (with the event id) or on an event page. */
export const learnerIntentSchema = z.object({
  intent: z.enum(["register", "unregister"]),
  eventId: z.uuid().optional(),
});

/** Attendance: the ids of the registrations ticked as present. */
export const attendanceSchema = z.object({
  present: z
    .union([z.uuid(), z.array(z.uuid())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
});
