// Consulenze legali: 50,000 requests (at scale 1) of the guardians to their district's consultants,
// with 200,000 visible messages, internal notes and the events the app records, each request's
// story replayed with the rules of workflow.server.ts and the service levels of sla.ts (as the demo
// seed does): most closed (by the guardian, or by themselves 14 days after the answer), the rest
// new, in charge, waiting for the guardian or answered. Plus answer templates and FAQ entries.
import type { ConsultationCategory, ConsultationEventType, ConsultationStatus } from "../../../db/schema";
import { AUTO_CLOSE_DAYS, CATEGORIES } from "../../../app/modules/consultations/constants";
import { earliest, firstResponseDue, followUpDue, resumeDue } from "../../../app/modules/consultations/sla";
import { addWorkingDays } from "../../../app/utils/working-days";
import { renderMarkdown } from "../../../app/utils/markdown.server";
import { copyRows, stage, type Row } from "./db";
import { type Ctx, DAY, HOUR, MINUTE } from "./context";
import type { People, Person } from "./people";
import type { Tutele } from "./tutele";
import { rng, type Rng } from "./rng";
import {
  CONSULTATION_SUBJECTS,
  RATING_COMMENTS,
  URGENCY_REASONS,
  consultantNote,
  consultantReply,
  consultationDescription,
  guardianMessage,
  markdownPost,
  paragraph,
} from "./vocab";

/** What the request's story is made of; times are worked out afterwards. */
type Round = "waiting" | "answered";
interface Shape {
  status: ConsultationStatus;
  /** Consultant replies, each followed by a guardian message except (for most shapes) the last. */
  rounds: Round[];
  /** The guardian wrote after the last reply (the request is back "in charge"). */
  guardianLast: boolean;
  closedBy: "guardian" | "auto" | null;
  rated: boolean;
}

interface Request {
  id: string;
  district: string;
  guardian: Person;
  consultant: Person;
  minorId: string | null;
  category: ConsultationCategory;
  subject: string;
  descriptionIdx: number;
  urgent: string | null;
  deadlineDate: string | null;
  shape: Shape;
  note: boolean;
  created: number;
}

export interface Consultations {
  /** The benchmark's consultation: Milano, about six messages, open in the bench consultant's queue. */
  targetId: string;
  /** The bench guardian's requests, newest first. */
  benchGuardianIds: string[];
  number: Map<string, number>;
}

const MESSAGE_POOL = { answer: 600, ask: 300, guardian: 600, note: 200 };

function shapeOf(r: Rng): Shape {
  const roll = r.next();
  const status: ConsultationStatus = roll < 0.03 ? "new" : roll < 0.08 ? "in_charge" : roll < 0.11 ? "waiting_guardian" : roll < 0.16 ? "answered" : "closed";
  const k = status === "closed" ? r.weighted([1, 2, 3, 4, 5], [15, 30, 30, 15, 10]) : r.weighted([1, 2, 3], [55, 30, 15]);
  const rounds: Round[] = Array.from({ length: k }, () => (r.chance(0.25) ? "waiting" : "answered"));
  switch (status) {
    case "new":
      return { status, rounds: [], guardianLast: false, closedBy: null, rated: false };
    case "in_charge":
      // Taken and not yet answered, or the guardian wrote again after a reply.
      return r.chance(0.5) ? { status, rounds: [], guardianLast: false, closedBy: null, rated: false } : { status, rounds: rounds.slice(0, 2), guardianLast: true, closedBy: null, rated: false };
    case "waiting_guardian":
      rounds[rounds.length - 1] = "waiting";
      return { status, rounds, guardianLast: false, closedBy: null, rated: false };
    case "answered":
      rounds[rounds.length - 1] = "answered";
      return { status, rounds, guardianLast: false, closedBy: null, rated: r.chance(0.3) };
    default:
      rounds[rounds.length - 1] = "answered";
      return { status: "closed", rounds, guardianLast: false, closedBy: r.chance(0.4) ? "guardian" : "auto", rated: r.chance(0.5) };
  }
}

const messagesOf = (s: Shape) => s.rounds.length * 2 - (s.rounds.length > 0 && !s.guardianLast ? 1 : 0);

export async function seedConsultations(ctx: Ctx, people: People, tutele: Tutele): Promise<{ result: Consultations; counts: Record<string, number> }> {
  const { sql } = ctx;
  const r = rng("consultations");
  const ids = rng("consultations.ids");
  const base = ctx.base.getTime();
  const latest = base - 3 * HOUR;

  // Texts: descriptions per category, replies, guardians' messages, notes (rendered once).
  const pr = rng("consultations.pool");
  const descriptions = new Map<string, { md: string; html: string }[]>();
  for (const c of CATEGORIES) {
    const list = [];
    for (let i = 0; i < 120; i++) {
      const md = consultationDescription(pr, pr.pick(CONSULTATION_SUBJECTS[c]));
      list.push({ md, html: renderMarkdown(md) });
    }
    descriptions.set(c, list);
  }
  const pool: Row[] = [];
  const offsets = { answer: 0, ask: MESSAGE_POOL.answer, guardian: MESSAGE_POOL.answer + MESSAGE_POOL.ask, note: MESSAGE_POOL.answer + MESSAGE_POOL.ask + MESSAGE_POOL.guardian };
  for (let i = 0; i < MESSAGE_POOL.answer; i++) pool.push([pool.length, consultantReply(pr, false)]);
  for (let i = 0; i < MESSAGE_POOL.ask; i++) pool.push([pool.length, consultantReply(pr, true)]);
  for (let i = 0; i < MESSAGE_POOL.guardian; i++) pool.push([pool.length, pr.chance(0.2) ? markdownPost(pr, { paragraphs: [1, 2] }) : guardianMessage(pr)]);
  for (let i = 0; i < MESSAGE_POOL.note; i++) pool.push([pool.length, consultantNote(pr)]);
  await stage(sql, "bench_message_pool", [["idx", "int primary key"], ["md", "text"], ["html", "text"]], pool.map(([i, md]) => [i, md, renderMarkdown(String(md))]));

  // The requests.
  const guardians = people.guardians.filter((g) => g.state !== "removed" && g !== people.bench.tutore);
  const consultantsOf = (d: string) => people.byDistrict.get(d)!.consultants;
  const total = ctx.count(50000);
  const requests: Request[] = [];
  const newRequest = (guardian: Person, shape: Shape, consultant?: Person): Request => {
    const category = r.pick(CATEGORIES);
    const mine = tutele.minorsOfGuardian.get(guardian.id);
    const req: Request = {
      id: ids.uuid(),
      district: guardian.district!,
      guardian,
      consultant: consultant ?? r.pick(consultantsOf(guardian.district!)),
      minorId: mine && r.chance(0.35) ? r.pick(mine) : null,
      category,
      subject: r.pick(CONSULTATION_SUBJECTS[category]),
      descriptionIdx: r.int(0, 119),
      urgent: r.chance(0.08) ? r.pick(URGENCY_REASONS) : null,
      deadlineDate: null,
      shape,
      note: r.chance(0.15),
      created: 0,
    };
    requests.push(req);
    return req;
  };
  // The benchmark's request: Milano, six messages, back with the consultant after the guardian's reply.
  const miGuardians = guardians.filter((g) => g.district === "MI" && g.state === "listed");
  const target = newRequest(r.pick(miGuardians), { status: "in_charge", rounds: ["waiting", "answered", "waiting"], guardianLast: true, closedBy: null, rated: false }, people.bench.consulente);
  // The bench guardian's own requests, one in every state.
  const tutore = people.bench.tutore;
  const mine = [
    newRequest(tutore, { status: "new", rounds: [], guardianLast: false, closedBy: null, rated: false }),
    newRequest(tutore, { status: "in_charge", rounds: ["answered"], guardianLast: true, closedBy: null, rated: false }),
    newRequest(tutore, { status: "waiting_guardian", rounds: ["waiting"], guardianLast: false, closedBy: null, rated: false }),
    newRequest(tutore, { status: "answered", rounds: ["waiting", "answered"], guardianLast: false, closedBy: null, rated: false }),
    newRequest(tutore, { status: "closed", rounds: ["answered", "answered"], guardianLast: false, closedBy: "guardian", rated: true }),
    newRequest(tutore, { status: "closed", rounds: ["answered"], guardianLast: false, closedBy: "auto", rated: false }),
  ];
  mine[0].urgent = URGENCY_REASONS[0];
  // Some guardians ask much more than others.
  const activity = guardians.map(() => Math.pow(r.exp(1), 1.5) + 0.05);
  const activityTotal = activity.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  activity.reduce((acc, w, i) => (cumulative[i] = acc + w), 0);
  const pickGuardian = () => {
    const x = r.next() * activityTotal;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return guardians[lo];
  };
  while (requests.length < total) newRequest(pickGuardian(), shapeOf(r));
  // More rounds on closed requests until the messages reach their number.
  const messageTarget = ctx.count(200000);
  let messages = requests.reduce((s, q) => s + messagesOf(q.shape), 0);
  const closed = requests.filter((q) => q.shape.status === "closed" && !mine.includes(q));
  for (let i = 0; messages < messageTarget && closed.length > 0 && i < closed.length * 4; i++) {
    const q = closed[i % closed.length];
    q.shape.rounds.unshift(r.chance(0.3) ? "waiting" : "answered");
    messages += 2;
  }

  // Replay every story.
  const consultationRows: Row[] = [];
  const messageRows: Row[] = [];
  const noteRows: Row[] = [];
  const eventRows: Row[] = [];
  const number = new Map<string, number>();
  const cutoff = base - 1100 * DAY;
  for (const q of requests) {
    const s = q.shape;
    // Delays of the steps: a reply within the service level mostly, the guardian's answer within days.
    const replyDelay = () => (r.chance(0.88) ? r.int(2, 50) * HOUR : r.int(4, 8) * DAY) + r.int(0, 59) * MINUTE;
    const guardianDelay = () => r.int(3, 120) * HOUR + r.int(0, 59) * MINUTE;
    const takeDelay = r.int(1, 20) * HOUR;
    const delays: number[] = [];
    let duration = 0;
    if (s.status !== "new") duration += takeDelay;
    for (let i = 0; i < s.rounds.length; i++) {
      const d = replyDelay();
      delays.push(d);
      duration += d;
      if (i < s.rounds.length - 1 || s.guardianLast) {
        const g = guardianDelay();
        delays.push(g);
        duration += g;
      }
    }
    const rateDelay = r.int(2, 72) * HOUR;
    const closeDelay = s.closedBy === "guardian" ? r.int(1, 96) * HOUR : AUTO_CLOSE_DAYS * DAY + 40 * MINUTE;
    const tail = (s.rated ? rateDelay : 0) + (s.closedBy ? closeDelay : 0);
    // When it started: closed ones any time in the last three years, open ones recently.
    let created: number;
    if (q === target) created = latest - duration - 2 * DAY;
    else if (s.status === "closed") created = cutoff + r.next() * Math.max(0, latest - duration - tail - cutoff);
    // Answered within the last 10 days: the app closes answered requests by itself after 14.
    else if (s.status === "answered") created = latest - duration - tail - r.next() * 10 * DAY;
    else if (s.status === "new") created = latest - r.next() * 5 * DAY;
    else created = latest - duration - r.next() * (s.status === "waiting_guardian" ? 15 : 8) * DAY;
    q.created = created;
    if (r.chance(0.15)) q.deadlineDate = new Date(created + r.int(5, 40) * DAY).toISOString().slice(0, 10);
    if (q.urgent && !q.deadlineDate) q.deadlineDate = new Date(created + r.int(2, 7) * DAY).toISOString().slice(0, 10);

    // The replay (workflow.server.ts's rules).
    const d = q.district;
    const gId = q.guardian.id;
    const cId = q.consultant.id;
    let status = "new" as ConsultationStatus;
    let dueAt: number | null = firstResponseDue(new Date(created), Boolean(q.urgent), d).getTime();
    let pausedAt = null as number | null;
    let waitingSince = null as number | null;
    let firstResponseAt = null as number | null;
    let answeredAt = null as number | null;
    let closedAt = null as number | null;
    let assigneeId = null as string | null;
    let rating = null as { score: number; comment: string | null; at: number } | null;
    let lastActivity = created;
    let updated = created;
    let order = 0;
    const event = (actor: string | null, type: ConsultationEventType, at: number, from: ConsultationStatus | null = null, to: ConsultationStatus | null = null, details: Record<string, string | number | boolean | null> = {}) =>
      eventRows.push([q.id, actor, type, from, to, details, new Date(at + order++)]);
    const effectiveDue = (now: number) => (dueAt === null ? null : pausedAt !== null ? resumeDue(new Date(dueAt), new Date(pausedAt), new Date(now), d).getTime() : dueAt);
    const moveTo = (to: ConsultationStatus, now: number) => {
      const from = status;
      if (from === "waiting_guardian" && to !== "waiting_guardian") {
        dueAt = effectiveDue(now);
        pausedAt = null;
        waitingSince = null;
      }
      if (to === "waiting_guardian" && from !== "waiting_guardian") {
        pausedAt = dueAt !== null ? now : null;
        waitingSince = now;
      }
      if (to === "answered") answeredAt = now;
      if (from === "answered" && to !== "answered" && to !== "closed") answeredAt = null;
      if (to === "closed") {
        closedAt = now;
        dueAt = null;
        pausedAt = null;
        waitingSince = null;
      }
      status = to;
      updated = now;
    };
    const pick = (kind: keyof typeof MESSAGE_POOL) => offsets[kind] + r.int(0, MESSAGE_POOL[kind] - 1);

    event(gId, "created", created, null, "new", { urgent: Boolean(q.urgent), attachments: 0 });
    let t = created;
    if (s.status !== "new") {
      t += takeDelay;
      moveTo("in_charge", t);
      assigneeId = cId;
      lastActivity = t;
      event(cId, "assigned", t, null, null, { assigneeId: cId });
      event(cId, "status", t, "new", "in_charge");
      if (q.note) {
        noteRows.push([q.id, cId, pick("note"), new Date(t + 20 * MINUTE)]);
        event(cId, "note", t + 20 * MINUTE);
        t += 20 * MINUTE;
      }
    }
    let di = 0;
    for (let i = 0; i < s.rounds.length; i++) {
      t += delays[di++];
      // The consultant's reply.
      const due = effectiveDue(t);
      const onTime = due === null ? null : t <= due;
      const next: ConsultationStatus = s.rounds[i] === "waiting" ? "waiting_guardian" : "answered";
      messageRows.push([q.id, cId, "consultant", pick(next === "waiting_guardian" ? "ask" : "answer"), due === null ? null : new Date(due), onTime, new Date(t)]);
      const from = status;
      dueAt = null;
      pausedAt = null;
      if (next !== from) moveTo(next, t);
      dueAt = null;
      pausedAt = null;
      firstResponseAt ??= t;
      lastActivity = t;
      updated = t;
      event(cId, "reply", t, null, null, { onTime, attachments: 0 });
      if (next !== from) event(cId, "status", t, from, next);
      if (i < s.rounds.length - 1 || s.guardianLast) {
        t += delays[di++];
        messageRows.push([q.id, gId, "guardian", pick("guardian"), null, null, new Date(t)]);
        const gFrom = status;
        const to: ConsultationStatus = gFrom === "waiting_guardian" || gFrom === "answered" ? "in_charge" : gFrom;
        let owed: number | null;
        if (to !== gFrom) {
          const fromWaiting = gFrom === "waiting_guardian";
          moveTo(to, t);
          owed = fromWaiting ? dueAt : null;
        } else owed = effectiveDue(t);
        const follow = followUpDue(new Date(t), d);
        dueAt = earliest(owed === null ? null : new Date(owed), follow)!.getTime();
        pausedAt = null;
        lastActivity = t;
        updated = t;
        event(gId, "guardian_message", t, null, null, { attachments: 0 });
        if (gFrom === "answered") event(gId, "reopened", t, gFrom, to);
        else if (to !== gFrom) event(gId, "status", t, gFrom, to);
      }
    }
    if (s.rated && status === "answered") {
      t += rateDelay;
      const score = r.weighted([5, 4, 3, 2, 1], [50, 30, 12, 5, 3]);
      rating = { score, comment: r.pick(RATING_COMMENTS), at: t };
      updated = t;
      event(gId, "rated", t, null, null, { score });
    }
    if (s.closedBy === "guardian") {
      t += closeDelay;
      const from = status;
      moveTo("closed", t);
      lastActivity = t;
      event(gId, "status", t, from, "closed");
    } else if (s.closedBy === "auto") {
      t = answeredAt! + AUTO_CLOSE_DAYS * DAY + 40 * MINUTE;
      moveTo("closed", t);
      lastActivity = t;
      event(null, "auto_closed", t, "answered", "closed");
    }
    if (t > base) throw new Error(`consultations: a story ends in the future (${s.status})`);
    // The app's hourly job has already reminded guardians who kept a request waiting 5 working days.
    let reminderSentAt: number | null = null;
    if (status === "waiting_guardian" && waitingSince !== null) {
      const remind = addWorkingDays(new Date(waitingSince), 5, d).getTime();
      // (today's included, so that starting the app sends none of them at once)
      if (remind <= base + DAY) {
        reminderSentAt = Math.min(remind, base);
        event(null, "reminder", reminderSentAt);
      }
    }
    const desc = descriptions.get(q.category)![q.descriptionIdx];
    consultationRows.push([
      q.id, d, gId, q.minorId, q.category, q.subject, desc.md, desc.html, q.urgent !== null, q.urgent, q.deadlineDate, status, assigneeId,
      dueAt === null ? null : new Date(dueAt), pausedAt === null ? null : new Date(pausedAt), firstResponseAt === null ? null : new Date(firstResponseAt),
      answeredAt === null ? null : new Date(answeredAt), closedAt === null ? null : new Date(closedAt), waitingSince === null ? null : new Date(waitingSince),
      reminderSentAt === null ? null : new Date(reminderSentAt), rating?.score ?? null, rating?.comment ?? null, rating ? new Date(rating.at) : null,
      new Date(lastActivity), new Date(created), new Date(updated),
    ]);
  }

  // Numbers follow the order of creation.
  const order = new Map(requests.map((q) => [q.id, q.created]));
  consultationRows.sort((a, b) => order.get(String(a[0]))! - order.get(String(b[0]))!);
  const counts: Record<string, number> = {};
  counts.consultations = await copyRows(
    sql,
    "consultations",
    ["id", "district_code", "guardian_id", "minor_id", "category", "subject", "description_md", "description_html", "urgent", "urgency_reason", "deadline_date", "status", "assignee_id", "due_at", "paused_at", "first_response_at", "answered_at", "closed_at", "waiting_since", "reminder_sent_at", "rating_score", "rating_comment", "rated_at", "last_activity_at", "created_at", "updated_at"],
    consultationRows,
  );
  await stage(
    sql,
    "bench_messages",
    [["consultation_id", "uuid"], ["author_id", "uuid"], ["author_role", "text"], ["pool", "int"], ["due_at", "timestamptz"], ["on_time", "boolean"], ["created_at", "timestamptz"]],
    messageRows,
  );
  const inserted = await sql`
    insert into consultation_messages (consultation_id, author_id, author_role, body_md, body_html, due_at, on_time, created_at)
    select m.consultation_id, m.author_id, m.author_role, p.md, p.html, m.due_at, m.on_time, m.created_at
    from bench_messages m join bench_message_pool p on p.idx = m.pool
    order by m.created_at`;
  counts.consultation_messages = inserted.count;
  await stage(sql, "bench_notes", [["consultation_id", "uuid"], ["author_id", "uuid"], ["pool", "int"], ["created_at", "timestamptz"]], noteRows);
  const notes = await sql`
    insert into consultation_notes (consultation_id, author_id, body_md, body_html, created_at)
    select n.consultation_id, n.author_id, p.md, p.html, n.created_at from bench_notes n join bench_message_pool p on p.idx = n.pool`;
  counts.consultation_notes = notes.count;
  counts.consultation_events = await copyRows(sql, "consultation_events", ["consultation_id", "actor_id", "type", "from_status", "to_status", "details", "created_at"], eventRows);

  // Answer templates of every district's consultants, and the shared FAQ.
  const tr = rng("consultations.templates");
  const templates: Row[] = [];
  for (const [district, dp] of people.byDistrict) {
    for (let i = 0; i < 3; i++) {
      const when = new Date(base - tr.int(30, 600) * DAY);
      templates.push([district, `Modello: ${tr.pick(Object.values(CONSULTATION_SUBJECTS).flat()).toLowerCase()}`, consultantReply(tr, i === 2), dp.consultants[i % dp.consultants.length].id, when, when]);
    }
  }
  counts.consultation_templates = await copyRows(sql, "consultation_templates", ["district_code", "title", "body_md", "created_by_id", "updated_at", "created_at"], templates);
  const faq: Row[] = [];
  const consultants = people.all.filter((p) => p.role === "legal_consultant");
  for (let i = 0; i < 30; i++) {
    const category = CATEGORIES[i % CATEGORIES.length];
    const status = i < 24 ? "published" : i < 27 ? "in_review" : "draft";
    const md = `${consultantReply(tr, false)}\n\n${paragraph(tr, 2, 4)}`;
    const author = tr.pick(consultants);
    const when = new Date(base - tr.int(10, 700) * DAY);
    faq.push([category, `${tr.pick(CONSULTATION_SUBJECTS[category])}: che cosa fare?`, md, renderMarkdown(md), status, null, author.id, status === "published" ? tr.pick(consultants).id : null, status === "published" ? when : null, new Date(when.getTime() - 6 * DAY), when]);
  }
  counts.faq_entries = await copyRows(sql, "faq_entries", ["category", "question", "answer_md", "answer_html", "status", "source_consultation_id", "author_id", "reviewer_id", "published_at", "created_at", "updated_at"], faq);

  const numbers = await sql<{ id: string; number: number }[]>`select id, number from consultations where id = any(${[target.id, ...mine.map((m) => m.id)]}::uuid[])`;
  for (const row of numbers) number.set(row.id, row.number);
  return { result: { targetId: target.id, benchGuardianIds: mine.map((m) => m.id), number }, counts };
}
