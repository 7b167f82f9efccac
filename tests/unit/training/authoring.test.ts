// The authoring forms' pure parts: course and module schemas, the quiz form (read, restructure,
// validate), module slugs and the line diff shown for conflicts.
import { describe, expect, it } from "vitest";
import {
  applyQuizIntent,
  courseFieldsSchema,
  moduleFieldsSchema,
  newCourseSchema,
  quizIntentSchema,
  readQuizDraft,
  validateQuiz,
  withIds,
  type QuizDraft,
} from "../../../app/modules/training/authoring-schema";
import { slugify } from "../../../app/modules/training/authoring.server";
import { lineDiff } from "../../../app/modules/training/conflicts.server";

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
};

describe("course and module schemas", () => {
  const course = { title: "Corso", audience: "all", hours: "2,5", validityMonths: "", renewsCourseId: "", status: "draft" };
  it("reads decimal hours with a comma, empty validity as none, the checkbox", () => {
    expect(courseFieldsSchema.parse({ ...course, mandatory: "on" })).toMatchObject({ hours: 2.5, validityMonths: null, renewsCourseId: null, mandatory: true });
    expect(courseFieldsSchema.parse(course).mandatory).toBe(false);
  });
  it("checks the slug's format and refuses reserved words", () => {
    for (const bad of ["Corso", "corso--base", "-corso", "corso_base", "nuovo", "àbc"]) {
      expect(newCourseSchema.safeParse({ ...course, slug: bad }).success, bad).toBe(false);
    }
    expect(newCourseSchema.safeParse({ ...course, slug: "corso-base-2" }).success).toBe(true);
  });
  it("wants a title, 1–600 minutes and a body", () => {
    const r = moduleFieldsSchema.safeParse({ title: "  ", minutes: "601", bodyMd: "\n " });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["title", "authoring.module.titleRequired"],
      ["minutes", "authoring.module.minutesInvalid"],
      ["bodyMd", "authoring.module.bodyRequired"],
    ]);
    expect(moduleFieldsSchema.parse({ title: "T", minutes: "1", bodyMd: "x" }).minutes).toBe(1);
  });
});

describe("quiz form", () => {
  it("reads the flat fields in order and gives missing or repeated ids fresh ones", () => {
    const draft = readQuizDraft(
      form({
        passMark: "70",
        "q-1-id": "q1",
        "q-1-text": "Seconda",
        "q-1-o-0-text": "x",
        "q-1-o-0-correct": "on",
        "q-0-id": "q1",
        "q-0-type": "multiple",
        "q-0-text": "Prima",
        "q-0-o-0-id": "b",
        "q-0-o-0-text": "uno",
        "q-0-o-1-id": "b",
        "q-0-o-1-text": "due",
      }),
    );
    expect(draft.questions.map((q) => [q.id, q.type, q.text])).toEqual([
      ["q1", "multiple", "Prima"],
      ["q2", "single", "Seconda"],
    ]);
    expect(draft.questions[0].options.map((o) => o.id)).toEqual(["b", "a"]);
    expect(draft.questions[1].options[0]).toEqual({ id: "a", text: "x", correct: true });
  });

  it("parses only known intents", () => {
    for (const ok of ["save", "add-question", "remove-question:2", "add-option:0", "remove-option:1:3", "up-question:1"]) {
      expect(quizIntentSchema.safeParse(ok).success, ok).toBe(true);
    }
    for (const bad of ["remove-question", "remove-option:1", "drop", "up-question:-1", "add-option:x"]) {
      expect(quizIntentSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  const draft: QuizDraft = withIds({
    passMark: "80",
    questions: [
      { id: "q1", type: "single", text: "A", explanation: "", options: [{ id: "a", text: "1", correct: true }, { id: "b", text: "2", correct: false }] },
      { id: "q2", type: "multiple", text: "B", explanation: "", options: [{ id: "a", text: "1", correct: true }, { id: "b", text: "2", correct: true }] },
    ],
  });

  it("adds, removes and moves, within the limits", () => {
    expect(applyQuizIntent(draft, "add-question").questions.map((q) => q.id)).toEqual(["q1", "q2", "q3"]);
    expect(applyQuizIntent(draft, "remove-question:0").questions.map((q) => q.id)).toEqual(["q2"]);
    expect(applyQuizIntent(draft, "down-question:0").questions.map((q) => q.id)).toEqual(["q2", "q1"]);
    expect(applyQuizIntent(draft, "up-question:0").questions.map((q) => q.id)).toEqual(["q1", "q2"]);
    expect(applyQuizIntent(draft, "add-option:1").questions[1].options.map((o) => o.id)).toEqual(["a", "b", "c"]);
    // Two answers is the minimum: removing one more does nothing.
    expect(applyQuizIntent(draft, "remove-option:0:1").questions[0].options).toHaveLength(2);
    let many = draft;
    for (let i = 0; i < 10; i++) many = applyQuizIntent(many, "add-option:0");
    expect(many.questions[0].options).toHaveLength(8);
  });

  it("validates: pass mark, one right answer for single, at least one for multiple; no questions = no quiz", () => {
    expect(validateQuiz(draft)).toMatchObject({ ok: true, quiz: { passMark: 80 } });
    expect(validateQuiz({ passMark: "", questions: [] })).toEqual({ ok: true, quiz: null });
    const wrong = validateQuiz({
      passMark: "80.5",
      questions: [
        { ...draft.questions[0], options: draft.questions[0].options.map((o) => ({ ...o, correct: true })) },
        { ...draft.questions[1], options: draft.questions[1].options.map((o) => ({ ...o, correct: false, text: "" })) },
      ],
    });
    expect(wrong).toEqual({
      ok: false,
      errors: {
        passMark: "authoring.quiz.passMarkInvalid",
        "q-0-options": "authoring.quiz.singleOneCorrect",
        "q-1-o-0-text": "authoring.quiz.optionRequired",
        "q-1-o-1-text": "authoring.quiz.optionRequired",
        "q-1-options": "authoring.quiz.multipleSomeCorrect",
      },
    });
  });
});

describe("module slugs and the conflict diff", () => {
  it("makes URL slugs from Italian titles", () => {
    expect(slugify("La salute: SSN, vaccinazioni e salute mentale")).toBe("la-salute-ssn-vaccinazioni-e-salute-mentale");
    expect(slugify("Perché è così?")).toBe("perche-e-cosi");
    expect(slugify("???")).toBe("modulo");
    expect(slugify("a".repeat(100))).toHaveLength(60);
  });

  it("diffs lines", () => {
    expect(lineDiff("a\nb\nc", "a\nc\nd")).toEqual([
      { kind: "same", text: "a" },
      { kind: "removed", text: "b" },
      { kind: "same", text: "c" },
      { kind: "added", text: "d" },
    ]);
    expect(lineDiff("x", "x")).toEqual([{ kind: "same", text: "x" }]);
  });
});
