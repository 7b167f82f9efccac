// The moderation log as a table: when, who, what, on which topic, and the details (the reason
// of a hide, the categories of a move). Topics and categories the reader cannot see are not named.
import { Link } from "@remix-run/react";
import type { MessageKey } from "~/i18n";
import { useFormat, useT } from "~/i18n/react";
import { postPath, topicPath } from "../../paths";

export interface LogRow {
  id: string;
  createdAt: Date | string;
  actorName: string | null;
  action: string;
  topic: { id: string; title: string } | null;
  post: { id: string; number: number } | null;
  reason: string | null;
  fromCategory: string | null;
  toCategory: string | null;
}

export function LogTable({ entries, page, pages }: { entries: LogRow[]; page: number; pages: number }) {
  const t = useT();
  if (entries.length === 0) return <p className="card forummod-empty">{t("forummod.log.empty")}</p>;
  return (
    <div className="table-wrap">
      <table className="forummod-log">
        <caption className="visually-hidden">{t("forummod.log.caption", { page, pages })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("forummod.log.when")}</th>
            <th scope="col">{t("forummod.log.who")}</th>
            <th scope="col">{t("forummod.log.what")}</th>
            <th scope="col">{t("forummod.log.topic")}</th>
            <th scope="col">{t("forummod.log.details")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <LogLine key={e.id} entry={e} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function LogLine({ entry: e }: { entry: LogRow }) {
  const t = useT();
  const f = useFormat();
  const other = t("forummod.log.otherCategory");
  const details: string[] = [];
  if (e.action === "move") details.push(t("forummod.log.move", { from: e.fromCategory ?? other, to: e.toCategory ?? other }));
  if (e.reason) details.push(t(e.action === "dismiss_flags" ? "forummod.log.note" : "forummod.log.reason", { reason: e.reason }));
  return (
    <tr>
      <td data-label={t("forummod.log.when")} className="forummod-nowrap">
        {f.dateTime(e.createdAt)}
      </td>
      <td data-label={t("forummod.log.who")}>{e.actorName ?? t("forummod.log.removedUser")}</td>
      <td data-label={t("forummod.log.what")}>{t(`forummod.action.${e.action}` as MessageKey)}</td>
      <td data-label={t("forummod.log.topic")}>
        {/* One child: on narrow screens the cell is a grid of label and content. */}
        {e.topic ? (
          <span>
            <Link to={topicPath(e.topic.id)}>{e.topic.title}</Link>
            {e.post ? (
              <>
                {" · "}
                <Link to={postPath(e.post.id)}>{t("forummod.log.post", { number: e.post.number })}</Link>
              </>
            ) : null}
          </span>
        ) : (
          <span className="muted">{t("forummod.log.unavailable")}</span>
        )}
      </td>
      <td data-label={t("forummod.log.details")} className={details.length === 0 ? "forummod-log-empty" : undefined}>
        {details.join(" · ")}
      </td>
    </tr>
  );
}
