// How much the user hears from a category: following (every new topic), normal, muted (nothing
// but mentions). A plain POST form (intent=watch, level) that works without JavaScript.
import { Form } from "@remix-run/react";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import { WATCH_LEVELS, type WatchLevel } from "./query";

const HINT: Record<WatchLevel, MessageKey> = {
  watching: "forumlist.watch.watchingHint",
  normal: "forumlist.watch.normalHint",
  muted: "forumlist.watch.mutedHint",
};

export function CategoryWatchForm({ level, action, error }: { level: WatchLevel; action: string; error?: MessageKey | null }) {
  const t = useT();
  return (
    <section className="card forum-watch" aria-labelledby="forum-watch-title">
      <h2 id="forum-watch-title">{t("forumlist.watch.title")}</h2>
      <Form method="post" action={action} noValidate>
        <input type="hidden" name="intent" value="watch" />
        <fieldset className={`fieldset${error ? " field-invalid" : ""}`} aria-describedby={error ? "forum-watch-error" : "forum-watch-intro"}>
          <legend className="visually-hidden">{t("forumlist.watch.title")}</legend>
          <p className="hint" id="forum-watch-intro">
            {t("forumlist.watch.intro")}
          </p>
          {error ? (
            <p className="field-error" id="forum-watch-error">
              {t(error)}
            </p>
          ) : null}
          {WATCH_LEVELS.map((option) => (
            <div className="checkbox" key={option}>
              <input type="radio" id={`forum-watch-${option}`} name="level" value={option} defaultChecked={option === level} />
              <label htmlFor={`forum-watch-${option}`}>
                <strong>{t(`forum.watch.${option}` as MessageKey)}</strong>: {t(HINT[option])}
              </label>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="button button-secondary">
          {t("forumlist.watch.save")}
        </button>
      </Form>
    </section>
  );
}
