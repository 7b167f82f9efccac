// Quiz texts written by trainers are shown as text: HTML in a question, an option or an
// explanation renders inert on the learner's page (the form and the results).
import { createRemixStub } from "@remix-run/testing";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Quiz } from "../../../db/schema";
import { QuizForm } from "../../../app/modules/training/components/learning/QuizForm";
import { QuizResult } from "../../../app/modules/training/components/learning/QuizResult";
import { gradeQuiz, publicQuiz } from "../../../app/modules/training/quiz";

const hostile: Quiz = {
  passMark: 80,
  questions: [
    {
      id: "q1",
      type: "single",
      text: '<script>window.pwned = 1</script> Quale risposta?',
      explanation: '<img src=x onerror="window.pwned = 2"> Perché sì. <a href="javascript:alert(1)">link</a>',
      options: [
        { id: "a", text: '<b onmouseover="alert(3)">Giusta</b>', correct: true },
        { id: "b", text: "Sbagliata", correct: false },
      ],
    },
  ],
};

function render(element: React.ReactElement): string {
  const Stub = createRemixStub([{ path: "/", Component: () => element }]);
  return renderToString(<Stub initialEntries={["/"]} />);
}

function expectInert(html: string) {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<img/i);
  expect(html).not.toMatch(/<b /i);
  expect(html).not.toMatch(/href="javascript:/i);
  // No tag carries an event handler (escaped text may still spell one out, harmlessly).
  expect(html).not.toMatch(/<[^>]*\son(error|mouseover)=/i);
}

describe("quiz rendering", () => {
  it("shows HTML in the questions and options of the form as plain text", () => {
    const html = render(<QuizForm quiz={publicQuiz(hostile)} versionId="v1" />);
    expect(html).toContain("&lt;script&gt;window.pwned = 1&lt;/script&gt; Quale risposta?");
    expectInert(html);
  });

  it("shows HTML in the explanations of the results as plain text", () => {
    const html = render(<QuizResult grade={gradeQuiz(hostile, { q1: ["b"] })} />);
    expect(html).toContain("Perché sì.");
    expectInert(html);
  });
});
