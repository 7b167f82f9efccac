// Per quiz question, the share of right answers among the district's attempts, module by module.
import { useFormat, useT } from "~/i18n/react";
import type { QuestionStat } from "~/modules/training/reports.server";

export function QuestionStatsView({ stats }: { stats: readonly QuestionStat[] }) {
  const t = useT();
  const format = useFormat();
  const byModule = new Map<string, { title: string; questions: QuestionStat[] }>();
  for (const s of stats) {
    const entry = byModule.get(s.moduleId) ?? { title: s.moduleTitle, questions: [] };
    entry.questions.push(s);
    byModule.set(s.moduleId, entry);
  }
  if (byModule.size === 0) return <p>{t("reports.questions.none")}</p>;
  return (
    <>
      {[...byModule.entries()].map(([moduleId, m]) => (
        <section key={moduleId} aria-labelledby={`module-${moduleId}`}>
          <h2 id={`module-${moduleId}`}>{m.title}</h2>
          <div className="table-wrap record-wrap" role="region" aria-labelledby={`module-${moduleId}`} tabIndex={0}>
            <table className="question-stats">
              <thead>
                <tr>
                  <th scope="col">{t("reports.col.question")}</th>
                  <th scope="col">{t("reports.col.attempts")}</th>
                  <th scope="col">{t("reports.col.right")}</th>
                </tr>
              </thead>
              <tbody>
                {m.questions.map((q) => {
                  const share = q.attempts > 0 ? Math.round((q.right / q.attempts) * 100) : null;
                  return (
                    <tr key={q.questionId}>
                      <th scope="row">{q.text}</th>
                      <td>{format.number(q.attempts)}</td>
                      <td>
                        {share === null ? (
                          <span className="muted">{t("reports.questions.noAttempts")}</span>
                        ) : (
                          <>
                            {t("reports.questions.share", { share, right: q.right, attempts: q.attempts })}
                            <progress className="share-bar" max={100} value={share} aria-hidden="true" />
                          </>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
