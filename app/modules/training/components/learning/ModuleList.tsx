// A course's modules in order, with estimated time and the learner's state on each.
import { Link } from "@remix-run/react";
import { useT } from "~/i18n/react";

export interface ListedModule {
  id: string;
  slug: string;
  title: string;
  summary: string;
  minutes: number;
  hasQuiz: boolean;
  readAt: Date | string | null;
  quizPassedAt: Date | string | null;
  done: boolean;
}

export function ModuleList({ courseSlug, modules, showState }: { courseSlug: string; modules: ListedModule[]; showState: boolean }) {
  const t = useT();
  return (
    <ol className="learning-modules">
      {modules.map((m) => (
        <li key={m.id} className={`learning-module${showState && m.done ? " is-done" : ""}`}>
          <h3 className="learning-module-title">
            <Link to={`/formazione/corsi/${courseSlug}/${m.slug}`}>{m.title}</Link>
          </h3>
          {m.summary ? <p className="learning-module-summary">{m.summary}</p> : null}
          <p className="learning-meta">
            <span className="tag tag-neutral">{t("training.course.minutes", { minutes: m.minutes })}</span>
            {showState ? (
              m.done ? (
                <span className="tag tag-ok">{t("training.moduleState.done")}</span>
              ) : (
                <>
                  <span className={m.readAt ? "tag tag-ok" : "tag tag-neutral"}>{t(m.readAt ? "training.moduleState.read" : "training.moduleState.notRead")}</span>
                  {m.hasQuiz ? (
                    <span className={m.quizPassedAt ? "tag tag-ok" : "tag tag-neutral"}>
                      {t(m.quizPassedAt ? "training.moduleState.quizPassed" : "training.moduleState.quizToDo")}
                    </span>
                  ) : null}
                </>
              )
            ) : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
