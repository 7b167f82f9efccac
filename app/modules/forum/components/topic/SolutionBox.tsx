// The answer marked as the solution of a Q&A topic, shown under the question (page 1), or a
// pointer to it on the other pages.
import { Link } from "@remix-run/react";
import { useT } from "~/i18n/react";
import { postLocation } from "../../paths";
import type { SolutionData } from "./types";

export function SolutionBox({ topicId, solution }: { topicId: string; solution: SolutionData }) {
  const t = useT();
  return (
    <section className="topic-solution" aria-labelledby="topic-solution-title">
      <h2 id="topic-solution-title">{t("forumtopic.solution.title")}</h2>
      <p className="topic-solution-by">{t("forumtopic.solution.by", { name: solution.authorName ?? t("forum.deletedAuthor") })}</p>
      {/* Cached output of renderMarkdown (sanitised on the server). */}
      <div className="prose topic-post-body" dangerouslySetInnerHTML={{ __html: solution.bodyHtml }} />
      <p>
        <Link to={postLocation(topicId, solution.number)}>{t("forumtopic.solution.go")}</Link>
      </p>
    </section>
  );
}

export function SolutionPointer({ topicId, solution }: { topicId: string; solution: SolutionData }) {
  const t = useT();
  return (
    <p className="topic-solution-note">
      {t("forumtopic.solution.elsewhere")} <Link to={postLocation(topicId, solution.number)}>{t("forumtopic.solution.go")}</Link>
    </p>
  );
}
