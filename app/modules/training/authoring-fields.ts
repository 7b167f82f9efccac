// The authoring quiz form without zod: its flat field names, limits and the pure draft helpers
// (read, renumber, change, validate), shared by the server and the quiz editor page.
import type { Quiz, QuizQuestion } from "../../../db/schema";
import type { MessageKey } from "~/i18n";

// ---------------------------------------------------------------------------------------------
// The quiz form. Fields are flat so that it works as a plain HTML form:
//   passMark, q-<i>-id, q-<i>-type, q-<i>-text, q-<i>-explanation,
//   q-<i>-o-<j>-id, q-<i>-o-<j>-text, q-<i>-o-<j>-correct ("on" when ticked).
// Structural changes (add / remove / move) are submit buttons with intents; the server applies
// them to the submitted draft and sends the draft back, so no JavaScript is needed.

export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 8;
export const MAX_QUESTIONS = 50;

export interface OptionDraft {
  id: string;
  text: string;
  correct: boolean;
}
export interface QuestionDraft {
  id: string;
  type: "single" | "multiple";
  text: string;
  explanation: string;
  options: OptionDraft[];
}
export interface QuizDraft {
  passMark: string;
  questions: QuestionDraft[];
}

export const questionField = (i: number, name: "id" | "type" | "text" | "explanation" | "options") => `q-${i}-${name}`;
export const optionField = (i: number, j: number, name: "id" | "text" | "correct") => `q-${i}-o-${j}-${name}`;

/** A submit button of the quiz form: save, or a structural change (parsed by quizIntentSchema). */
export type QuizIntent =
  | "save"
  | "add-question"
  | `${"remove-question" | "up-question" | "down-question" | "add-option"}:${number}`
  | `remove-option:${number}:${number}`;

const QUESTION_ID = /^q\d{1,3}$/;
const OPTION_ID = /^[a-z]$/;

function indices(keys: Iterable<string>, pattern: RegExp): number[] {
  const found = new Set<number>();
  for (const key of keys) {
    const m = pattern.exec(key);
    if (m) found.add(Number(m[1]));
  }
  return [...found].filter((n) => n < 200).sort((a, b) => a - b);
}

const str = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" ? v : "";
};

/** The submitted quiz as it was typed, unvalidated, with fresh ids where they were missing. */
export function readQuizDraft(form: FormData): QuizDraft {
  const keys = [...new Set(form.keys())];
  const questions: QuestionDraft[] = indices(keys, /^q-(\d+)-/).map((i) => ({
    id: str(form, questionField(i, "id")),
    type: str(form, questionField(i, "type")) === "multiple" ? "multiple" : "single",
    text: str(form, questionField(i, "text")),
    explanation: str(form, questionField(i, "explanation")),
    options: indices(keys, new RegExp(`^q-${i}-o-(\\d+)-`)).map((j) => ({
      id: str(form, optionField(i, j, "id")),
      text: str(form, optionField(i, j, "text")),
      correct: form.get(optionField(i, j, "correct")) === "on",
    })),
  }));
  return withIds({ passMark: str(form, "passMark"), questions });
}

/** Keeps valid, distinct ids and gives the others the first free one (q1, q2… and a, b…). */
export function withIds(draft: QuizDraft): QuizDraft {
  const usedQ = new Set<string>();
  const questions = draft.questions.map((q) => {
    const keep = QUESTION_ID.test(q.id) && !usedQ.has(q.id);
    if (keep) usedQ.add(q.id);
    return { ...q, id: keep ? q.id : "" };
  });
  for (const q of questions) {
    if (q.id) continue;
    let n = 1;
    while (usedQ.has(`q${n}`)) n++;
    q.id = `q${n}`;
    usedQ.add(q.id);
  }
  for (const q of questions) {
    const usedO = new Set<string>();
    q.options = q.options.map((o) => {
      const keep = OPTION_ID.test(o.id) && !usedO.has(o.id);
      if (keep) usedO.add(o.id);
      return { ...o, id: keep ? o.id : "" };
    });
    for (const o of q.options) {
      if (o.id) continue;
      let c = 97;
      while (usedO.has(String.fromCharCode(c))) c++;
      o.id = String.fromCharCode(c);
      usedO.add(o.id);
    }
  }
  return { ...draft, questions };
}

export function emptyQuestion(): QuestionDraft {
  return {
    id: "",
    type: "single",
    text: "",
    explanation: "",
    options: [
      { id: "", text: "", correct: false },
      { id: "", text: "", correct: false },
    ],
  };
}

const move = <T,>(list: T[], from: number, to: number): T[] => {
  if (from < 0 || to < 0 || from >= list.length || to >= list.length) return list;
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
};

/** Applies a structural intent (add, remove, move) to a draft. */
export function applyQuizIntent(draft: QuizDraft, intent: Exclude<QuizIntent, "save">): QuizDraft {
  const [verb, a, b] = intent.split(":");
  const i = Number(a);
  const questions = draft.questions.map((q) => ({ ...q, options: [...q.options] }));
  switch (verb) {
    case "add-question":
      if (questions.length < MAX_QUESTIONS) questions.push(emptyQuestion());
      break;
    case "remove-question":
      questions.splice(i, 1);
      break;
    case "up-question":
      return withIds({ ...draft, questions: move(questions, i, i - 1) });
    case "down-question":
      return withIds({ ...draft, questions: move(questions, i, i + 1) });
    case "add-option":
      if (questions[i] && questions[i].options.length < MAX_OPTIONS) questions[i].options.push({ id: "", text: "", correct: false });
      break;
    case "remove-option":
      if (questions[i] && questions[i].options.length > MIN_OPTIONS) questions[i].options.splice(Number(b), 1);
      break;
  }
  return withIds({ ...draft, questions });
}

export function quizToDraft(quiz: Quiz | null): QuizDraft {
  if (!quiz) return { passMark: "80", questions: [] };
  return {
    passMark: String(quiz.passMark),
    questions: quiz.questions.map((q) => ({
      id: q.id,
      type: q.type,
      text: q.text,
      explanation: q.explanation,
      options: q.options.map((o) => ({ ...o })),
    })),
  };
}

export type QuizErrors = Partial<Record<string, MessageKey>>;

/**
 * Validates a draft. No questions means "no quiz" (null). Errors are keyed by field name
 * (passMark, q-<i>-text, q-<i>-options, q-<i>-o-<j>-text) so each shows next to its field.
 */
export function validateQuiz(draft: QuizDraft): { ok: true; quiz: Quiz | null } | { ok: false; errors: QuizErrors } {
  const errors: QuizErrors = {};
  if (draft.questions.length === 0) return { ok: true, quiz: null };
  const passMark = Number(draft.passMark.trim());
  if (!/^\d+$/.test(draft.passMark.trim()) || passMark < 1 || passMark > 100) errors.passMark = "authoring.quiz.passMarkInvalid";
  if (draft.questions.length > MAX_QUESTIONS) errors.passMark ??= "authoring.quiz.tooMany";
  const questions: QuizQuestion[] = draft.questions.map((q, i) => {
    if (q.text.trim() === "") errors[questionField(i, "text")] = "authoring.quiz.textRequired";
    else if (q.text.length > 1000) errors[questionField(i, "text")] = "authoring.field.tooLong";
    if (q.explanation.length > 2000) errors[questionField(i, "explanation")] = "authoring.field.tooLong";
    q.options.forEach((o, j) => {
      if (o.text.trim() === "") errors[optionField(i, j, "text")] = "authoring.quiz.optionRequired";
      else if (o.text.length > 500) errors[optionField(i, j, "text")] = "authoring.field.tooLong";
    });
    const correct = q.options.filter((o) => o.correct).length;
    if (q.options.length < MIN_OPTIONS || q.options.length > MAX_OPTIONS) errors[questionField(i, "options")] = "authoring.quiz.optionCount";
    else if (q.type === "single" && correct !== 1) errors[questionField(i, "options")] = "authoring.quiz.singleOneCorrect";
    else if (q.type === "multiple" && correct < 1) errors[questionField(i, "options")] = "authoring.quiz.multipleSomeCorrect";
    return {
      id: q.id,
      type: q.type,
      text: q.text.trim(),
      explanation: q.explanation.trim(),
      options: q.options.map((o) => ({ id: o.id, text: o.text.trim(), correct: o.correct })),
    };
  });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, quiz: { passMark, questions } };
}

/** ?esito= of a course's management page, with the message it shows. */
export const COURSE_OUTCOMES = {
  creato: "authoring.course.created",
  salvato: "authoring.course.saved",
  spostato: "authoring.modules.moved",
  archiviato: "authoring.modules.archivedDone",
  riattivato: "authoring.modules.unarchivedDone",
  invariato: "authoring.modules.noChange",
} as const satisfies Record<string, MessageKey>;
