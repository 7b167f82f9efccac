// How much the user hears about this topic: a small form inside a disclosure (works without JS).
import { Form } from "@remix-run/react";
import { SelectField } from "~/components/ui/Field";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import { topicPath } from "../../paths";
import { WATCH_LEVELS, type WatchLevel } from "../../fields";

export function WatchControl({ topicId, page, level }: { topicId: string; page: number; level: WatchLevel }) {
  const t = useT();
  const name = (l: WatchLevel) => t(`forum.watch.${l}` as MessageKey);
  return (
    <details className="topic-watch">
      <summary>{t("forumtopic.watch.summary", { level: name(level) })}</summary>
      <Form method="post" action={topicPath(topicId, page)} className="topic-watch-form">
        <input type="hidden" name="intent" value="watch" />
        <input type="hidden" name="pagina" value={page} />
        <SelectField
          name="level"
          label={t("forumtopic.watch.label")}
          defaultValue={level}
          options={WATCH_LEVELS.map((l) => ({ value: l, label: name(l) }))}
          aria-describedby="topic-watch-help"
        />
        <ul className="hint topic-watch-help" id="topic-watch-help">
          {WATCH_LEVELS.map((l) => (
            <li key={l}>{t(`forumtopic.watch.help.${l}` as MessageKey)}</li>
          ))}
        </ul>
        <button type="submit" className="button button-secondary button-small">
          {t("forumtopic.watch.submit")}
        </button>
      </Form>
    </details>
  );
}
