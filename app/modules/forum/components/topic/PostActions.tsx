// What the user may do with one post, as the loader allowed it (post.may): quote, "utile",
// mark as solution, edit, delete, report, hide. Every one is a link or a form, so all work
// without JavaScript; with it, "utile" answers in place.
import { Form, Link, useFetcher } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useT } from "~/i18n/react";
import { topicPath } from "../../paths";
import {
  deletePostPath,
  editPostPath,
  flagPostPath,
  hidePostPath,
  quotePath,
  topicSolutionPath,
} from "./links";
import type { PostData } from "./types";

function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

interface Props {
  post: PostData;
  topicId: string;
  page: number;
  /** The user may reply here (quoting is a way of replying). */
  mayReply: boolean;
  /** Called before following a "Cita" link (the page keeps what was already typed). */
  onQuote?: (postId: string) => void;
}

export function PostActions({ post, topicId, page, mayReply, onQuote }: Props) {
  const t = useT();
  const which = <span className="visually-hidden"> {t("forumtopic.action.onPost", { number: post.number })}</span>;
  const items: React.ReactNode[] = [];
  if (mayReply && post.state === "visible" && post.bodyMd !== null) {
    items.push(
      <Link key="quote" to={quotePath(topicId, page, post.id)} onClick={() => onQuote?.(post.id)} className="topic-action">
        {t("forumtopic.action.quote")}
        {which}
      </Link>,
    );
  }
  if (post.may.react) items.push(<UsefulButton key="useful" post={post} topicId={topicId} page={page} />);
  else if (post.useful > 0) items.push(<UsefulCount key="useful" count={post.useful} />);
  if (post.may.markSolved) {
    items.push(
      <Form key="solution" method="post" action={topicSolutionPath(topicId)} className="inline-form">
        <input type="hidden" name="post" value={post.id} />
        {post.isSolution ? <input type="hidden" name="intent" value="unmark" /> : null}
        <button type="submit" className="button button-quiet button-small">
          {t(post.isSolution ? "forumtopic.action.unmarkSolved" : "forumtopic.action.markSolved")}
          {which}
        </button>
      </Form>,
    );
  }
  if (post.may.edit) {
    items.push(
      <Link key="edit" to={editPostPath(post.id)} className="topic-action">
        {t("forumtopic.action.edit")}
        {which}
      </Link>,
    );
  }
  if (post.may.delete) {
    items.push(
      <Link key="delete" to={deletePostPath(post.id)} className="topic-action">
        {t("forumtopic.action.delete")}
        {which}
      </Link>,
    );
  }
  if (post.may.flag) {
    items.push(
      <Link key="flag" to={flagPostPath(post.id)} className="topic-action">
        {t("forumtopic.action.flag")}
        {which}
      </Link>,
    );
  }
  if (post.may.moderate) {
    items.push(
      post.state === "hidden" ? (
        <Form key="hide" method="post" action={hidePostPath(post.id)} className="inline-form">
          <input type="hidden" name="intent" value="unhide" />
          <button type="submit" className="button button-quiet button-small">
            {t("forumtopic.action.unhide")}
            {which}
          </button>
        </Form>
      ) : (
        <Link key="hide" to={hidePostPath(post.id)} className="topic-action">
          {t("forumtopic.action.hide")}
          {which}
        </Link>
      ),
    );
  }
  if (items.length === 0) return null;
  return (
    <ul className="topic-post-actions">
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

function UsefulCount({ count }: { count: number }) {
  const t = useT();
  return <span className="topic-useful-count">{count === 1 ? t("forumtopic.useful.one") : t("forumtopic.useful.other", { count })}</span>;
}

/** A toggle: pressed when the user found the post useful. With JavaScript it answers in place. */
function UsefulButton({ post, topicId, page }: { post: PostData; topicId: string; page: number }) {
  const t = useT();
  const fetcher = useFetcher();
  const hydrated = useHydrated();
  const pending = fetcher.formData?.get("postId") === post.id;
  const pressed = pending ? !post.usefulByMe : post.usefulByMe;
  const count = pending ? post.useful + (pressed ? 1 : -1) : post.useful;
  return (
    <fetcher.Form method="post" action={topicPath(topicId, page)} className="inline-form">
      <input type="hidden" name="intent" value="useful" />
      <input type="hidden" name="postId" value={post.id} />
      {/* Present only once the page runs JavaScript: the action then answers without a redirect. */}
      {hydrated ? <input type="hidden" name="ajax" value="1" /> : null}
      <button type="submit" className="button button-quiet button-small topic-useful" aria-pressed={pressed}>
        {t("forumtopic.action.useful")}
        <span className="visually-hidden"> {t("forumtopic.action.onPost", { number: post.number })}</span>
        {count > 0 ? <span className="topic-useful-number"> · {count}</span> : null}
      </button>
    </fetcher.Form>
  );
}
