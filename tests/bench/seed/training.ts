// Formazione: the courses of content/ (imported by the app's own content sync, as at start-up)
// plus generated courses up to 40 with 400 modules in all (at scale 1), module versions with
// Markdown bodies of realistic length and a quiz on most, every guardian's completed mandatory
// course, enrolments in other courses and 500,000 module-progress rows, certificates of the
// completed courses and the quiz attempts behind every passed quiz.
import type { Quiz, QuizQuestion } from "../../../db/schema";
import { renderMarkdown } from "../../../app/utils/markdown.server";
import { answersFor } from "../../../db/seeds/learning";
import { copyRows, stage, type Row } from "./db";
import { type Ctx, DAY, HOUR, MINUTE } from "./context";
import type { People, Person } from "./people";
import { rng, type Rng } from "./rng";
import { COURSE_TOPICS, MODULE_TOPICS, LIST_ITEMS, cap, moduleBody, paragraph } from "./vocab";

interface CourseModule {
  id: string;
  slug: string;
  position: number;
  versionId: string;
  hasQuiz: boolean;
  quiz: Quiz | null;
}

interface Course {
  id: string;
  slug: string;
  title: string;
  hours: number;
  validityMonths: number | null;
  mandatory: boolean;
  audience: string;
  fromContent: boolean;
  modules: CourseModule[];
}

export interface Training {
  courses: Course[];
  /** The course and module of the benchmark's module page (a course the bench guardian follows). */
  target: { course: string; module: string };
}

const CERT_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";

function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function makeQuiz(r: Rng): Quiz {
  const questions: QuizQuestion[] = [];
  for (let i = 0, n = r.int(3, 5); i < n; i++) {
    const multiple = r.chance(0.3);
    const count = r.int(3, 4);
    const right = multiple ? r.sample([0, 1, 2, 3].slice(0, count), 2) : [r.int(0, count - 1)];
    questions.push({
      id: `q${i + 1}`,
      type: multiple ? "multiple" : "single",
      text: `${cap(r.pick(LIST_ITEMS))}: quale affermazione è corretta?${multiple ? " (più risposte corrette)" : ""}`,
      options: Array.from({ length: count }, (_, j) => ({ id: String.fromCharCode(97 + j), text: paragraph(r, 1, 1), correct: right.includes(j) })),
      explanation: paragraph(r, 1, 2),
    });
  }
  return { passMark: 80, questions };
}

async function loadContentCourses(ctx: Ctx): Promise<Course[]> {
  const rows = await ctx.sql<{ id: string; slug: string; title: string; hours: string; validity_months: number | null; mandatory: boolean; audience: string }[]>`
    select id, slug, title, hours::text, validity_months, mandatory, audience from courses where status = 'published' order by position, slug`;
  const modules = await ctx.sql<{ course_id: string; id: string; slug: string; position: number; version_id: string; quiz: Quiz | null }[]>`
    select m.course_id, m.id, m.slug, m.position, v.id as version_id, v.quiz
    from modules m join module_versions v on v.id = m.published_version_id
    where m.archived_at is null order by m.position, m.slug`;
  return rows.map((c) => ({
    id: c.id,
    slug: c.slug,
    title: c.title,
    hours: Number(c.hours),
    validityMonths: c.validity_months,
    mandatory: c.mandatory,
    audience: c.audience,
    fromContent: true,
    modules: modules
      .filter((m) => m.course_id === c.id)
      .map((m) => ({ id: m.id, slug: m.slug, position: m.position, versionId: m.version_id, quiz: m.quiz, hasQuiz: m.quiz !== null && typeof m.quiz === "object" })),
  }));
}

export async function seedCourses(ctx: Ctx, people: People): Promise<{ training: Training; counts: Record<string, number> }> {
  const { sql } = ctx;
  const r = rng("training.courses");
  const ids = rng("training.ids");
  const base = ctx.base.getTime();
  const content = await loadContentCourses(ctx);
  const contentModules = content.reduce((s, c) => s + c.modules.length, 0);
  const generatedCourses = Math.max(1, ctx.count(40) - content.length);
  const generatedModules = Math.max(generatedCourses, ctx.count(400) - contentModules);
  const trainers = people.all.filter((p) => p.role === "trainer");
  const taken = new Set(content.map((c) => c.slug));

  const courseRows: Row[] = [];
  const moduleRows: Row[] = [];
  const versionRows: Row[] = [];
  const generated: Course[] = [];
  for (let i = 0; i < generatedCourses; i++) {
    const title = COURSE_TOPICS[i % COURSE_TOPICS.length] + (i >= COURSE_TOPICS.length ? ` (${Math.floor(i / COURSE_TOPICS.length) + 1})` : "");
    let slug = slugify(title);
    while (taken.has(slug)) slug = `${slug}-bis`;
    taken.add(slug);
    const moduleCount = Math.floor(generatedModules / generatedCourses) + (i < generatedModules % generatedCourses ? 1 : 0);
    const createdAt = base - r.int(200, 1600) * DAY;
    const course: Course = { id: ids.uuid(), slug, title, hours: 0, validityMonths: null, mandatory: false, audience: r.chance(0.7) ? "guardian" : "all", fromContent: false, modules: [] };
    let minutes = 0;
    const topics = r.sample(MODULE_TOPICS, MODULE_TOPICS.length);
    for (let j = 0; j < moduleCount; j++) {
      const topic = topics[j % topics.length] + (j >= topics.length ? ` ${Math.floor(j / topics.length) + 1}` : "");
      const mSlug = slugify(topic);
      const moduleId = ids.uuid();
      const quiz = r.chance(0.6) ? makeQuiz(r) : null;
      const versions = r.chance(0.25) ? r.int(2, 3) : 1;
      const body = moduleBody(r, topic);
      const mins = r.int(10, 60);
      minutes += mins;
      const author = r.pick(trainers).id;
      let published = "";
      let latest = "";
      let at = createdAt + (j + 1) * DAY;
      for (let k = 1; k <= versions; k++) {
        const vId = ids.uuid();
        // Older versions lack the last sections of the current text.
        const md = k === versions ? body : body.split("\n\n## ").slice(0, -(versions - k)).join("\n\n## ");
        at = Math.min(base - DAY, at + r.int(5, 200) * DAY);
        versionRows.push([vId, moduleId, k, topic, paragraph(r, 1, 2), mins, md, renderMarkdown(md), quiz, "portal", null, author, null, new Date(at)]);
        latest = vId;
        // A few modules have a newer draft that learners do not see yet.
        if (k < versions || !r.chance(0.05) || versions === 1) published = vId;
      }
      if (!published) published = latest;
      moduleRows.push([moduleId, course.id, mSlug, (j + 1) * 10, latest, published, new Date(createdAt + (j + 1) * DAY), new Date(at)]);
      // Every version of a module carries the same quiz.
      course.modules.push({ id: moduleId, slug: mSlug, position: (j + 1) * 10, versionId: published, quiz, hasQuiz: quiz !== null });
    }
    course.hours = Math.max(1, Math.round((minutes / 60) * 1.5 * 2) / 2);
    const bodyMd = `${paragraph(r, 3, 5)}\n\n## Che cosa imparerai\n\n${r
      .sample(LIST_ITEMS, 4)
      .map((x) => `- ${x}`)
      .join("\n")}\n\n${paragraph(r, 2, 4)}`;
    courseRows.push([course.id, slug, title, paragraph(r, 1, 2), bodyMd, renderMarkdown(bodyMd), course.audience, false, course.hours, null, null, "published", 100 + i * 10, null, new Date(createdAt), new Date(createdAt + 30 * DAY)]);
    generated.push(course);
  }
  const counts: Record<string, number> = {};
  counts.courses = await copyRows(sql, "courses", ["id", "slug", "title", "summary", "body_md", "body_html", "audience", "mandatory", "hours", "validity_months", "renews_course_id", "status", "position", "file_hash", "created_at", "updated_at"], courseRows);
  // Modules first without their versions (the versions point at them), then the links.
  counts.modules = await copyRows(
    sql,
    "modules",
    ["id", "course_id", "slug", "position", "created_at", "updated_at"],
    moduleRows.map((m) => [m[0], m[1], m[2], m[3], m[6], m[7]]),
  );
  counts.module_versions = await copyRows(sql, "module_versions", ["id", "module_id", "number", "title", "summary", "minutes", "body_md", "body_html", "quiz", "source", "file_hash", "author_id", "restored_from_id", "created_at"], versionRows);
  await stage(sql, "bench_module_links", [["id", "uuid"], ["latest", "uuid"], ["published", "uuid"]], moduleRows.map((m) => [m[0], m[4], m[5]]));
  await sql`update modules m set latest_version_id = l.latest, published_version_id = l.published from bench_module_links l where l.id = m.id`;

  const courses = [...content, ...generated];
  const refresher = content.find((c) => !c.mandatory && c.modules.length >= 2) ?? generated.find((c) => c.modules.length >= 2) ?? generated[0];
  const target = { course: refresher.slug, module: (refresher.modules[1] ?? refresher.modules[0]).slug };
  return { training: { courses, target }, counts };
}

interface Enrolment {
  user: Person;
  course: Course;
  enrolledAt: number;
  stepMs: number;
  done: number;
  readNext: boolean;
  completedAt: number | null;
  lastActivityAt: number;
}

/** When module `rank` (1-based) of an enrolment was read and passed: the formula the SQL repeats. */
function moduleTimes(e: Enrolment, rank: number) {
  const read = e.enrolledAt + (rank - 1) * e.stepMs + 2 * HOUR;
  return { read, passed: read + 25 * MINUTE };
}

function plan(e: Omit<Enrolment, "completedAt" | "lastActivityAt">): Enrolment {
  const full = { ...e, completedAt: null as number | null, lastActivityAt: e.enrolledAt };
  const last = e.done + (e.readNext && e.done < e.course.modules.length ? 1 : 0);
  if (last > 0) {
    const t = moduleTimes(full, last);
    const m = e.course.modules[last - 1];
    full.lastActivityAt = m.hasQuiz && last <= e.done ? t.passed : t.read;
  }
  if (e.done === e.course.modules.length && e.done > 0) full.completedAt = full.lastActivityAt;
  return full;
}

export async function seedLearning(ctx: Ctx, people: People, training: Training): Promise<Record<string, number>> {
  const { sql } = ctx;
  const r = rng("training.learning");
  const codes = rng("training.certificates");
  const base = ctx.base.getTime();
  const latest = base - 3 * HOUR;
  const mandatory = training.courses.filter((c) => c.mandatory && c.modules.length > 0);
  const others = training.courses.filter((c) => !c.mandatory && c.modules.length > 0);
  const enrolments: Enrolment[] = [];
  let progress = 0;

  const enrol = (user: Person, course: Course, done: number, readNext: boolean, from: number, until: number) => {
    // Reading the last module without a quiz would complete the course: then it is simply not read yet.
    if (readNext && done === course.modules.length - 1 && !course.modules[done].hasQuiz) readNext = false;
    const span = Math.max(until - from, DAY);
    const enrolledAt = from + r.next() * span * 0.7;
    const rows = done + (readNext && done < course.modules.length ? 1 : 0);
    let stepMs = r.int(1, 6) * DAY + r.int(0, 20) * HOUR;
    if (enrolledAt + rows * stepMs + 3 * HOUR > until) stepMs = Math.max(HOUR, (until - enrolledAt - 3 * HOUR) / Math.max(rows, 1));
    enrolments.push(plan({ user, course, enrolledAt, stepMs, done, readNext }));
    progress += rows;
  };

  // Every listed guardian completed the mandatory course before being listed.
  for (const g of people.guardians) {
    for (const c of mandatory) enrol(g, c, c.modules.length, false, g.createdAt + DAY, Math.min(latest, Date.parse(`${g.listedSince}T00:00:00Z`) - DAY));
  }
  // The bench guardian: the refresher half-way (the benchmark's module page), a few others.
  const tutore = people.bench.tutore;
  const refresher = training.courses.find((c) => c.slug === training.target.course)!;
  const enrolled = new Map<string, Set<string>>(people.guardians.map((g) => [g.id, new Set(mandatory.map((c) => c.id))]));
  if (!refresher.mandatory) {
    enrol(tutore, refresher, 1, true, base - 14 * DAY, latest);
    enrolled.get(tutore.id)!.add(refresher.id);
  }
  for (const c of others.filter((x) => x !== refresher).slice(0, 4)) {
    const done = c.modules.length > 2 && enrolled.get(tutore.id)!.size % 2 === 0 ? c.modules.length : Math.floor(c.modules.length / 2);
    enrol(tutore, c, done, true, tutore.createdAt + 30 * DAY, latest);
    enrolled.get(tutore.id)!.add(c.id);
  }

  // Others: random courses until the progress rows reach their number (or every learner has every course).
  const target = ctx.count(500000);
  const learners = people.guardians.filter((g) => g !== tutore);
  let stalled = false;
  while (progress < target && !stalled && learners.length > 0) {
    stalled = true;
    for (const g of r.shuffle([...learners])) {
      if (progress >= target) break;
      const mine = enrolled.get(g.id)!;
      const open = others.filter((c) => !mine.has(c.id));
      if (open.length === 0) continue;
      stalled = false;
      const c = r.pick(open);
      mine.add(c.id);
      const complete = r.chance(0.55);
      const done = complete ? c.modules.length : r.int(0, c.modules.length - 1);
      enrol(g, c, done, !complete && r.chance(0.5), Math.max(g.createdAt + 10 * DAY, Date.parse(`${g.listedSince}T00:00:00Z`)), latest);
    }
  }

  const counts: Record<string, number> = {};
  counts.enrolments = await copyRows(
    sql,
    "enrolments",
    ["user_id", "course_id", "enrolled_at", "completed_at", "last_activity_at"],
    enrolments.map((e) => [e.user.id, e.course.id, new Date(e.enrolledAt), e.completedAt === null ? null : new Date(e.completedAt), new Date(e.lastActivityAt)]),
  );
  // Progress rows from the enrolments, with the same formula as moduleTimes().
  await stage(
    sql,
    "bench_enrolments",
    [["user_id", "uuid"], ["course_id", "uuid"], ["enrolled_at", "timestamptz"], ["step_ms", "float8"], ["done", "int"], ["read_next", "boolean"]],
    enrolments.map((e) => [e.user.id, e.course.id, new Date(e.enrolledAt), e.stepMs, e.done, e.readNext]),
  );
  await stage(
    sql,
    "bench_course_modules",
    [["course_id", "uuid"], ["module_id", "uuid"], ["version_id", "uuid"], ["rank", "int"], ["has_quiz", "boolean"], ["right_answers", "jsonb"], ["wrong_answers", "jsonb"], ["questions", "int"], ["module_key", "int"]],
    // module_key: a stable number for the module (the content/ modules get new ids at every import).
    training.courses.flatMap((c, ci) =>
      c.modules.map((m, i) => [c.id, m.id, m.versionId, i + 1, m.hasQuiz, m.quiz ? answersFor(m.quiz, true) : null, m.quiz ? answersFor(m.quiz, false) : null, m.quiz ? m.quiz.questions.length : 0, ci * 1000 + i]),
    ),
  );
  const progressRows = await sql`
    insert into module_progress (user_id, module_id, read_at, quiz_passed_at, last_activity_at)
    select e.user_id, m.module_id, t.read_at,
      case when m.has_quiz and m.rank <= e.done then t.read_at + interval '25 minutes' end,
      case when m.has_quiz and m.rank <= e.done then t.read_at + interval '25 minutes' else t.read_at end
    from bench_enrolments e
    join bench_course_modules m on m.course_id = e.course_id and m.rank <= e.done + (case when e.read_next then 1 else 0 end)
    cross join lateral (select e.enrolled_at + ((m.rank - 1) * e.step_ms) * interval '1 millisecond' + interval '2 hours' as read_at) t`;
  counts.module_progress = progressRows.count;
  // The attempts behind the passed quizzes: one right, and a wrong one before it for some.
  const attempts = await sql`
    insert into quiz_attempts (user_id, module_id, version_id, answers, correct_count, question_count, passed, created_at)
    select p.user_id, p.module_id, m.version_id, m.right_answers, m.questions, m.questions, true, p.quiz_passed_at
    from module_progress p join bench_course_modules m on m.module_id = p.module_id
    where p.quiz_passed_at is not null
    union all
    select p.user_id, p.module_id, m.version_id, m.wrong_answers, m.questions - 1, m.questions, false, p.quiz_passed_at - interval '12 minutes'
    from module_progress p join bench_course_modules m on m.module_id = p.module_id
    where p.quiz_passed_at is not null and bench.rnd(hashtext(p.user_id::text)::bigint * 100000 + m.module_key, 80) < 0.125`;
  counts.quiz_attempts = attempts.count;

  // Certificates of the completed courses (codes as the app makes them, from this seed's stream).
  const used = new Set<string>();
  const code = () => {
    for (;;) {
      const chars = Array.from({ length: 12 }, () => CERT_ALPHABET[codes.int(0, CERT_ALPHABET.length - 1)]).join("");
      const c = `PT-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
      if (!used.has(c)) {
        used.add(c);
        return c;
      }
    }
  };
  const certificates: Row[] = [];
  for (const e of enrolments) {
    if (e.completedAt === null) continue;
    let expires: Date | null = null;
    if (e.course.validityMonths) {
      expires = new Date(e.completedAt);
      expires.setUTCMonth(expires.getUTCMonth() + e.course.validityMonths);
    }
    // The app's hourly job reminds holders 30 days before expiry: reminders already due count as sent.
    const remindAt = expires ? Math.max(e.completedAt, expires.getTime() - 30 * DAY) : null;
    const reminded = remindAt !== null && remindAt <= base + DAY ? new Date(Math.min(remindAt, base)) : null;
    certificates.push([code(), e.user.id, e.course.id, e.user.name, e.course.title, e.course.hours, new Date(e.completedAt), expires, reminded]);
  }
  counts.certificates = await copyRows(sql, "certificates", ["code", "user_id", "course_id", "holder_name", "course_title", "hours", "issued_at", "expires_at", "expiry_reminder_sent_at"], certificates);
  return counts;
}
