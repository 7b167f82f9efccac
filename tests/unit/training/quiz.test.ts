// Quiz grading: exact sets for multiple choice, pass mark as a percentage, and form parsing.
import { describe, expect, it } from "vitest";
import { answersFromFormData, gradeQuiz, parseAnswers, publicQuiz } from "../../../app/modules/training/quiz";
import type { Quiz } from "../../../db/schema";

const quiz: Quiz = {
  passMark: 67,
  questions: [
    { id: "q1", type: "single", text: "Uno?", explanation: "Perché sì.", options: [{ id: "a", text: "A", correct: false }, { id: "b", text: "B", correct: true }] },
    {
      id: "q2",
      type: "multiple",
      text: "Due?",
      explanation: "A e C.",
      options: [
        { id: "a", text: "A", correct: true },
        { id: "b", text: "B", correct: false },
        { id: "c", text: "C", correct: true },
      ],
    },
    { id: "q3", type: "single", text: "Tre?", explanation: "", options: [{ id: "a", text: "A", correct: true }, { id: "b", text: "B", correct: false }] },
  ],
};

describe("gradeQuiz", () => {
  it("passes with every answer right", () => {
    const g = gradeQuiz(quiz, { q1: ["b"], q2: ["a", "c"], q3: ["a"] });
    expect(g).toMatchObject({ correctCount: 3, questionCount: 3, score: 100, passed: true, passMark: 67 });
    expect(g.questions.map((q) => q.correct)).toEqual([true, true, true]);
  });

  it("counts a multiple-choice question right only for exactly the right set", () => {
    expect(gradeQuiz(quiz, { q1: ["b"], q2: ["a"], q3: ["a"] }).questions[1].correct).toBe(false);
    expect(gradeQuiz(quiz, { q1: ["b"], q2: ["a", "b", "c"], q3: ["a"] }).questions[1].correct).toBe(false);
    expect(gradeQuiz(quiz, { q1: ["b"], q2: ["c", "a"], q3: ["a"] }).questions[1].correct).toBe(true);
    expect(gradeQuiz(quiz, { q1: ["b"], q2: [], q3: ["a"] }).questions[1].correct).toBe(false);
  });

  it("compares the pass mark without rounding: 2 of 3 (66.7 %) fails a 67 % mark, passes 66 %", () => {
    const answers = { q1: ["b"], q2: ["a", "c"], q3: ["b"] };
    expect(gradeQuiz(quiz, answers)).toMatchObject({ correctCount: 2, score: 66, passed: false });
    expect(gradeQuiz({ ...quiz, passMark: 66 }, answers).passed).toBe(true);
  });

  it("keeps the explanation and the right options for the feedback, and missing answers are wrong", () => {
    const g = gradeQuiz(quiz, {});
    expect(g.passed).toBe(false);
    expect(g.questions[0]).toMatchObject({ chosen: [], correct: false, explanation: "Perché sì." });
    expect(g.questions[1].options.filter((o) => o.correct).map((o) => o.id)).toEqual(["a", "c"]);
  });
});

describe("parseAnswers", () => {
  const form = (entries: [string, string][]) => {
    const fd = new FormData();
    for (const [k, v] of entries) fd.append(k, v);
    return answersFromFormData(fd, quiz);
  };

  it("reads radio and checkbox values", () => {
    expect(parseAnswers(quiz, form([["q1", "b"], ["q2", "c"], ["q2", "a"], ["q3", "a"]]))).toEqual({ ok: true, answers: { q1: ["b"], q2: ["a", "c"], q3: ["a"] } });
  });

  it("marks unanswered questions and keeps the answers given", () => {
    const parsed = parseAnswers(quiz, form([["q2", "a"]]));
    expect(parsed).toEqual({ ok: false, answers: { q1: [], q2: ["a"], q3: [] }, errors: { q1: "training.quiz.unanswered", q3: "training.quiz.unanswered" } });
  });

  it("drops unknown options and refuses two answers to a single-choice question", () => {
    const parsed = parseAnswers(quiz, form([["q1", "a"], ["q1", "b"], ["q2", "z"], ["q2", "<script>"], ["q3", "a"]]));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors).toEqual({ q1: "training.quiz.oneOnly", q2: "training.quiz.unanswered" });
  });

  it("sends no right answers to the browser", () => {
    expect(JSON.stringify(publicQuiz(quiz))).not.toContain("correct");
    expect(JSON.stringify(publicQuiz(quiz))).not.toContain("Perché");
  });
});
