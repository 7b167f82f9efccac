// A waiting minor: the ranked suggestions with their reasons, each with "Propose", and the
// district's other guardians with why they are not suggested (those only full may still be
// proposed, with a reason).
import { useT } from "~/i18n/react";
import type { Candidate, Exclusion, Suggestion } from "../../suggestions";
import { languageList } from "./format";
import { ProposeForm } from "./ProposeForm";
import type { MatchResult } from "./types";

function Training({ candidate }: { candidate: Candidate }) {
  const t = useT();
  return (
    <>
      {candidate.mandatoryCompleted ? (
        <span className="tag tag-ok">✓ {t("tutelamatch.training.mandatory")}</span>
      ) : (
        <span className="tag tag-warn">{t("tutelamatch.training.mandatoryMissing")}</span>
      )}
      <span className="match-nowrap">{t("tutelamatch.training.hours", { hours: candidate.hoursThisYear })}</span>
    </>
  );
}

function Reasons({ suggestion }: { suggestion: Suggestion }) {
  const t = useT();
  const detail = (reason: Suggestion["reasons"][number]) =>
    reason === "shared_language"
      ? `: ${languageList(suggestion.sharedLanguages)}`
      : reason === "free_capacity"
        ? `: ${suggestion.freeSlots}`
        : "";
  if (suggestion.reasons.length === 0) return <span className="muted">{t("tutelamatch.reason.none")}</span>;
  return (
    <ul className="match-reasons">
      {suggestion.reasons.map((reason) => (
        <li key={reason}>{`${t(`tutele.reason.${reason}`)}${detail(reason)}`}</li>
      ))}
    </ul>
  );
}

export function SuggestionsPanel({
  suggestions,
  excluded,
  result,
}: {
  suggestions: Suggestion[];
  excluded: { candidate: Candidate; why: Exclusion }[];
  result: MatchResult | undefined;
}) {
  const t = useT();
  const refusedHere = result?.intent === "propose" ? result.values.guardianId : undefined;
  const openExcluded = excluded.some((x) => x.candidate.userId === refusedHere);
  return (
    <section className="card match-panel" aria-labelledby="match-suggestions">
      <h2 id="match-suggestions">{t("tutelamatch.suggestions.title")}</h2>
      <p className="hint">{t("tutelamatch.suggestions.intro")}</p>
      {suggestions.length === 0 ? (
        <p>{t("tutelamatch.suggestions.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table className="match-table">
            <caption className="visually-hidden">{t("tutelamatch.suggestions.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("tutelamatch.col.rank")}</th>
                <th scope="col">{t("tutelamatch.col.guardian")}</th>
                <th scope="col">{t("tutelamatch.col.province")}</th>
                <th scope="col">{t("tutelamatch.col.languages")}</th>
                <th scope="col">{t("tutelamatch.col.caseload")}</th>
                <th scope="col">{t("tutelamatch.col.training")}</th>
                <th scope="col">{t("tutelamatch.col.reasons")}</th>
                <th scope="col">{t("tutelamatch.col.action")}</th>
              </tr>
            </thead>
            <tbody>
              {suggestions.map((s, i) => (
                <tr key={s.candidate.userId}>
                  <td>{i + 1}</td>
                  <th scope="row">{s.candidate.name}</th>
                  <td>{s.candidate.province ?? t("tutelamatch.unknown")}</td>
                  <td>{languageList(s.candidate.languages) || t("tutelamatch.unknown")}</td>
                  <td className="match-nowrap">
                    {t("tutelamatch.caseload", { n: s.candidate.caseload, max: s.candidate.maxMinors })}
                  </td>
                  <td>
                    <Training candidate={s.candidate} />
                  </td>
                  <td>
                    <Reasons suggestion={s} />
                  </td>
                  <td>
                    <ProposeForm guardianId={s.candidate.userId} name={s.candidate.name} overCap={false} result={result} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {excluded.length > 0 ? (
        <details className="match-excluded" open={openExcluded || undefined}>
          <summary>{t("tutelamatch.excluded.summary", { n: excluded.length })}</summary>
          <p className="hint">{t("tutelamatch.excluded.intro")}</p>
          <ul className="match-excluded-list">
            {excluded.map(({ candidate, why }) => (
              <li key={candidate.userId}>
                <p className="match-excluded-who">
                  <strong>{candidate.name}</strong>
                  {" — "}
                  {t(`tutelamatch.exclusion.${why}`)}
                  {" · "}
                  {t("tutelamatch.caseload", { n: candidate.caseload, max: candidate.maxMinors })}
                  {" · "}
                  <Training candidate={candidate} />
                </p>
                {why === "at_capacity" ? (
                  <ProposeForm guardianId={candidate.userId} name={candidate.name} overCap result={result} />
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
