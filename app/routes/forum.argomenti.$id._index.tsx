// /forum/argomenti/:id?pagina=N — a topic: its posts (20 a page, each at #m<number>), the
// solution of a Q&A topic under the question, the moderators' tools, the watch setting and the
// reply box (?cita=<post> pre-fills it with a quote). POST intents: reply, useful, watch.
// An index route (not forum.argomenti.$id.tsx) so that /forum/argomenti/:id/… pages (non-letti,
// moderazione, soluzione) are not nested inside it; POSTs without ?index still reach it.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { Alert } from "~/components/ui/Alert";
import { Pagination } from "~/components/ui/Pagination";
import { translate } from "~/i18n";
import { requestLocale } from "~/i18n/locale.server";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { submitReply, readForumForm } from "~/modules/forum/forms.server";
import { escapeMarkdownInline, quoteMarkdown } from "~/modules/forum/components/topic/quote";
import { REPLY_ANCHOR, withQuery } from "~/modules/forum/components/topic/links";
import { ModeratorBar } from "~/modules/forum/components/topic/ModeratorBar";
import { outcomeMessage } from "~/modules/forum/components/topic/outcomes";
import { PostList } from "~/modules/forum/components/topic/PostList";
import { ReplyBox } from "~/modules/forum/components/topic/ReplyBox";
import { SolutionPointer } from "~/modules/forum/components/topic/SolutionBox";
import { TopicHeader } from "~/modules/forum/components/topic/TopicHeader";
import { WatchControl } from "~/modules/forum/components/topic/WatchControl";
import { pageOf, postLocation, topicPath } from "~/modules/forum/paths";
import { setTopicWatch, toggleUseful } from "~/modules/forum/posts.server";
import { locatePost, topicPage } from "~/modules/forum/reading.server";
import { idParam, pageParam, topicWatchSchema as watchSchema } from "~/modules/forum/schema.server";
import { httpError, notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, "forum.title", undefined, data?.topic.title);

function topicIdOf(params: LoaderFunctionArgs["params"]): string {
  const id = idParam.safeParse(params.id);
  return id.success ? id.data : notFound();
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const id = topicIdOf(params);
  const url = new URL(request.url);
  const view = await topicPage(user, id, pageParam.parse(url.searchParams.get("pagina") ?? undefined));

  // "Cita": the quoted post is on the page shown (the link carries its page); an older link to
  // another page of the same topic is sent there.
  let quote: string | null = null;
  const cita = idParam.safeParse(url.searchParams.get("cita"));
  if (cita.success && view.may.reply) {
    const quoted = view.posts.find((p) => p.id === cita.data);
    if (quoted) {
      if (quoted.state === "visible" && quoted.bodyMd !== null) {
        const locale = requestLocale(request, user);
        const name = escapeMarkdownInline(quoted.authorName ?? translate(locale, "forum.deletedAuthor"));
        quote = quoteMarkdown(translate(locale, "forumtopic.quote.wrote", { name }), quoted.bodyMd);
      }
    } else {
      const place = await locatePost(user, cita.data).catch(() => null);
      if (place && place.topicId === id) {
        const page = pageOf(place.number);
        if (page !== view.page) throw redirect(`${withQuery(topicPath(id, page), { cita: cita.data })}#${REPLY_ANCHOR}`);
      }
    }
  }

  const { topic, category } = view;
  return {
    topic: { id: topic.id, title: topic.title, pinned: topic.pinned, locked: topic.locked, solved: topic.solvedPostId !== null },
    category: { slug: category.slug, name: category.name, archived: category.archivedAt !== null },
    posts: view.posts,
    solution: view.solution,
    page: view.page,
    pages: view.pages,
    watch: view.watch,
    lastReadBefore: view.lastReadBefore,
    may: view.may,
    lastPostNumber: topic.lastPostNumber,
    quote,
    cita: quote ? (cita.data ?? null) : null,
    outcome: outcomeMessage(url.searchParams),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = topicIdOf(params);
  const form = await readForumForm(request);
  const intent = form?.get("intent") ?? "reply";
  if (intent === "reply" || form === null) return submitReply(user, id, form);
  if (intent === "useful") {
    const postId = idParam.safeParse(form.get("postId"));
    if (!postId.success) httpError(400);
    const result = await toggleUseful(user, postId.data!);
    // The page's script asks for an answer in place; without it the browser goes back to the post.
    if (form.get("ajax") === "1") return { useful: result.useful };
    return redirect(postLocation(result.topicId, result.number), 303);
  }
  if (intent === "watch") {
    const input = watchSchema.safeParse({ level: form.get("level"), pagina: form.get("pagina") ?? undefined });
    if (!input.success) httpError(400);
    await setTopicWatch(user, id, input.data!.level);
    return redirect(withQuery(topicPath(id, input.data!.pagina), { esito: input.data!.level }), 303);
  }
  return httpError(400);
}

export default function TopicRoute() {
  const t = useT();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const location = useLocation();
  const composer = result && "errors" in result ? result : null;
  // What was typed before following a "Cita" link goes on above the quote.
  const carried = useRef<{ cita: string; text: string } | null>(null);
  const onQuote = (postId: string) => {
    const box = document.getElementById("field-body") as HTMLTextAreaElement | null;
    carried.current = { cita: postId, text: box?.value.trim() ?? "" };
  };
  const before = carried.current && carried.current.cita === data.cita ? carried.current.text : "";
  // After a "Cita" click the person is about to write: the box takes the focus (and the editor loads).
  useEffect(() => {
    if (data.quote && carried.current?.cita === data.cita) document.getElementById("field-body")?.focus();
  }, [data.quote, data.cita, location.key]);
  const defaultBody = [before, data.quote ?? ""].filter(Boolean).join("\n\n");
  const { topic } = data;
  return (
    <div className="topic">
      <TopicHeader topic={topic} category={data.category} page={data.page} pages={data.pages} />
      {data.outcome && !composer ? <Alert tone="success">{t(data.outcome)}</Alert> : null}
      {data.may.moderate ? <ModeratorBar topic={topic} /> : null}
      <WatchControl topicId={topic.id} page={data.page} level={data.watch} />
      {data.solution && data.page > 1 ? <SolutionPointer topicId={topic.id} solution={data.solution} /> : null}
      <PostList
        topicId={topic.id}
        page={data.page}
        posts={data.posts}
        solution={data.solution}
        lastReadBefore={data.lastReadBefore}
        mayReply={data.may.reply}
        onQuote={onQuote}
      />
      <Pagination page={data.page} pages={data.pages} href={(p) => topicPath(topic.id, p)} />
      <ReplyBox
        topicId={topic.id}
        page={data.page}
        locked={topic.locked}
        archived={data.category.archived}
        mayReply={data.may.reply}
        mayPost={data.may.post}
        defaultBody={defaultBody}
        state={composer}
        formKey={`${data.lastPostNumber}:${data.cita ?? ""}:${location.search.includes("cita=") ? location.key : ""}`}
      />
    </div>
  );
}
