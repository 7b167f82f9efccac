// Reads content/: course.md and NN-module.md files with YAML front matter, validated with zod.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import * as z from "zod";
import type { Quiz } from "../../../db/schema";

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

const courseFront = z.object({
  slug,
  title: z.string().min(1),
  summary: z.string().default(""),
  audience: z.enum(["candidate", "guardian", "all"]).default("all"),
  mandatory: z.boolean().default(false),
  hours: z.number().min(0).max(999),
  validityMonths: z.number().int().positive().nullable().default(null),
  renews: slug.nullable().default(null),
  order: z.number().int().default(0),
});

const optionSchema = z.object({ text: z.string().min(1), correct: z.boolean().default(false) });
const questionSchema = z
  .object({
    type: z.enum(["single", "multiple"]),
    text: z.string().min(1),
    options: z.array(optionSchema).min(2).max(8),
    explanation: z.string().default(""),
  })
  .refine((q) => (q.type === "single" ? q.options.filter((o) => o.correct).length === 1 : q.options.some((o) => o.correct)), {
    message: "a single-choice question needs exactly one right answer, a multiple-choice one at least one",
  });

export const quizInputSchema = z.object({
  passMark: z.number().int().min(1).max(100).default(80),
  questions: z.array(questionSchema).min(1),
});

const moduleFront = z.object({
  slug,
  title: z.string().min(1),
  order: z.number().int(),
  minutes: z.number().int().positive().max(600),
  summary: z.string().default(""),
  quiz: quizInputSchema.optional(),
});

export type CourseFile = z.infer<typeof courseFront> & { file: string; hash: string; body: string; modules: ModuleFile[] };
export type ModuleFile = Omit<z.infer<typeof moduleFront>, "quiz"> & { file: string; hash: string; body: string; quiz: Quiz | null };

/** Gives questions and options stable ids by position (q1, q2…; a, b…). */
export function normaliseQuiz(input: z.infer<typeof quizInputSchema> | undefined | null): Quiz | null {
  if (!input) return null;
  return {
    passMark: input.passMark,
    questions: input.questions.map((q, i) => ({
      id: `q${i + 1}`,
      type: q.type,
      text: q.text.trim(),
      explanation: q.explanation.trim(),
      options: q.options.map((o, j) => ({ id: String.fromCharCode(97 + j), text: o.text.trim(), correct: o.correct })),
    })),
  };
}

export function splitFrontMatter(source: string): { front: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error("missing YAML front matter between --- lines");
  return { front: parseYaml(match[1]), body: match[2].trim() + "\n" };
}

const hashOf = (text: string) => crypto.createHash("sha256").update(text).digest("hex");

function parseFile<T extends z.ZodType>(file: string, schema: T): { data: z.infer<T>; body: string; hash: string } {
  const source = fs.readFileSync(file, "utf8");
  const { front, body } = splitFrontMatter(source);
  const parsed = schema.safeParse(front);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`${file}: ${problems}`);
  }
  return { data: parsed.data, body, hash: hashOf(source) };
}

/** All courses under `dir/courses`, modules sorted by their order. Throws on the first invalid file. */
export function readContent(dir: string): CourseFile[] {
  const root = path.join(dir, "courses");
  if (!fs.existsSync(root)) return [];
  const courses: CourseFile[] = [];
  for (const entry of fs.readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const folder = path.join(root, entry.name);
    const courseFile = path.join(folder, "course.md");
    if (!fs.existsSync(courseFile)) continue;
    const course = parseFile(courseFile, courseFront);
    const modules: ModuleFile[] = fs
      .readdirSync(folder)
      .filter((name) => name.endsWith(".md") && name !== "course.md")
      .sort()
      .map((name) => {
        const file = path.join(folder, name);
        const m = parseFile(file, moduleFront);
        return { ...m.data, quiz: normaliseQuiz(m.data.quiz), file: path.relative(dir, file), hash: m.hash, body: m.body };
      })
      .sort((a, b) => a.order - b.order);
    const slugs = new Set(modules.map((m) => m.slug));
    if (slugs.size !== modules.length) throw new Error(`${folder}: two modules share a slug`);
    courses.push({ ...course.data, file: path.relative(dir, courseFile), hash: course.hash, body: course.body, modules });
  }
  return courses;
}
