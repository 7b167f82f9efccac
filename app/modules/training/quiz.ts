// Quizzes: reading the answers out of a submitted form (zod) and grading them, pure and shared
// by the server (which grades) and the client (which shows the result).
import * as z from "zod";
import type { Quiz, QuizQuestion } from "../../../db/schema";

/** What the browser gets before submitting: the questions without the right answers. */
export interface PublicQuestion {
  id: string;
  type: "single" | "multiple";
  text: string;
  options: { id: string; text: string }[];
}

export interface PublicQuiz {
  passMark: number;
  questions: PublicQuestion[];
}

export function publicQuiz(quiz: Quiz): PublicQuiz {
  return {
    passMark: quiz.passMark,
    questions: quiz.questions.map((q) => ({ id: q.id, type: q.type, text: q.text, options: q.options.map((o) => ({ id: o.id, text: o.text })) })),
  };
}

/** questionId → chosen option ids. */
export type QuizAnswers = Record<string, string[]>;

const optionId = z.string().regex(/^[a-z]{1,2}$/);
/** A submitted value for one question: one option id, or several (checkboxes). */
export const answerValueSchema = z.union([optionId.transform((v) => [v]), z.array(optionId)]).optional();

export type AnswerErrorKey = "training.quiz.unanswered" | "training.quiz.oneOnly";

export type ParsedAnswers =
  | { ok: true; answers: QuizAnswers }
  | { ok: false; answers: QuizAnswers; errors: Record<string, AnswerErrorKey> };

/**
 * The answers of a submitted quiz form (field name = question id). Unknown option ids are
 * dropped; every question must be answered and a single-choice one with exactly one option.
 */
export function parseAnswers(quiz: Pick<Quiz, "questions"> | PublicQuiz, raw: Record<string, unknown>): ParsedAnswers {
  const answers: QuizAnswers = {};
  const errors: Record<string, AnswerErrorKey> = {};
  for (const question of quiz.questions) {
    const parsed = answerValueSchema.safeParse(raw[question.id]);
    const known = new Set(question.options.map((o) => o.id));
    const chosen = [...new Set(parsed.success ? (parsed.data ?? []) : [])].filter((id) => known.has(id)).sort();
    answers[question.id] = chosen;
    if (chosen.length === 0) errors[question.id] = "training.quiz.unanswered";
    else if (question.type === "single" && chosen.length > 1) errors[question.id] = "training.quiz.oneOnly";
  }
  return Object.keys(errors).length > 0 ? { ok: false, answers, errors } : { ok: true, answers };
}

/** The answers in a FormData, as parseAnswers wants them. */
export function answersFromFormData(formData: FormData, quiz: Pick<Quiz, "questions"> | PublicQuiz): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const q of quiz.questions) {
    const values = formData.getAll(q.id).filter((v): v is string => typeof v === "string");
    raw[q.id] = values.length === 0 ? undefined : values.length === 1 ? values[0] : values;
  }
  return raw;
}

export interface GradedQuestion {
  id: string;
  text: string;
  type: "single" | "multiple";
  correct: boolean;
  chosen: string[];
  options: { id: string; text: string; correct: boolean }[];
  explanation: string;
}

export interface QuizGrade {
  correctCount: number;
  questionCount: number;
  /** Percentage of questions answered right, rounded down. */
  score: number;
  passMark: number;
  passed: boolean;
  questions: GradedQuestion[];
}

function isRight(question: QuizQuestion, chosen: readonly string[]): boolean {
  const right = question.options.filter((o) => o.correct).map((o) => o.id);
  const picked = new Set(chosen);
  // Exactly the right set: every right option chosen and nothing else.
  return picked.size === right.length && right.every((id) => picked.has(id));
}

/** Grades the answers against the quiz; passMark is the percentage of questions to get right. */
export function gradeQuiz(quiz: Quiz, answers: QuizAnswers): QuizGrade {
  const questions = quiz.questions.map((q) => {
    const chosen = answers[q.id] ?? [];
    return { id: q.id, text: q.text, type: q.type, correct: isRight(q, chosen), chosen: [...chosen], options: q.options.map((o) => ({ ...o })), explanation: q.explanation };
  });
  const correctCount = questions.filter((q) => q.correct).length;
  const questionCount = questions.length;
  const score = questionCount === 0 ? 0 : Math.floor((correctCount * 100) / questionCount);
  // Compare without rounding: 2 of 3 right is 66.7 %, below a pass mark of 67.
  const passed = questionCount > 0 && correctCount * 100 >= quiz.passMark * questionCount;
  return { correctCount, questionCount, score, passMark: quiz.passMark, passed, questions };
}
