// A graded quiz: score, pass or fail, and for every question whether it was right, the right
// answers and the explanation; a link starts again with an empty form.
import { Link, useLocation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useT } from "~/i18n/react";
import type { QuizGrade } from "~/modules/training/quiz";

export function QuizResult({ grade }: { grade: QuizGrade }) {
  const t = useT();
  const location = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [grade]);
  const vars = { correct: grade.correctCount, total: grade.questionCount, score: grade.score, passMark: grade.passMark };
  return (
    <section className="quiz-result" aria-labelledby="quiz-result-title" id="risultato">
      <h3 id="quiz-result-title" ref={heading} tabIndex={-1}>
        {t("training.quiz.result")}
      </h3>
      <div className={`alert ${grade.passed ? "alert-success" : "alert-error"}`} role="status">
        <p>
          <strong>{t(grade.passed ? "training.quiz.passed" : "training.quiz.failed", vars)}</strong>
        </p>
      </div>
      <ol className="quiz-review">
        {grade.questions.map((q) => {
          const chosen = q.options.filter((o) => q.chosen.includes(o.id)).map((o) => o.text);
          const right = q.options.filter((o) => o.correct).map((o) => o.text);
          return (
            <li key={q.id} className={`quiz-review-item ${q.correct ? "is-right" : "is-wrong"}`}>
              <p className="quiz-review-question">
                <strong>{q.text}</strong>
              </p>
              <p className={q.correct ? "quiz-verdict-right" : "quiz-verdict-wrong"}>
                <strong>{t(q.correct ? "training.quiz.right" : "training.quiz.wrong")}</strong>
              </p>
              <dl className="quiz-review-facts">
                <dt>{t("training.quiz.yourAnswer")}</dt>
                <dd>{chosen.length ? chosen.join("; ") : t("training.quiz.none")}</dd>
                <dt>{t(right.length > 1 ? "training.quiz.rightAnswers" : "training.quiz.rightAnswer")}</dt>
                <dd>{right.join("; ")}</dd>
                {q.explanation ? (
                  <>
                    <dt>{t("training.quiz.explanation")}</dt>
                    <dd>{q.explanation}</dd>
                  </>
                ) : null}
              </dl>
            </li>
          );
        })}
      </ol>
      <p>
        <Link to={`${location.pathname}#quiz`} className="button button-secondary">
          {t("training.quiz.retry")}
        </Link>
      </p>
    </section>
  );
}
