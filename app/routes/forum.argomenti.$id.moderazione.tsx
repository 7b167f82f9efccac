// /forum/argomenti/:id/moderazione — a topic's moderation: GET shows its state and the move form
// (moderators of its category only: 404 for those who cannot read it, 403 for other readers);
// POST intent pin|unpin|lock|unlock|move (+ categoria) goes back to the topic with ?esito=.
import { forumFormData } from "~/modules/forum/forms.server";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { withOutcome } from "~/modules/forum/components/mod/anchors";
import { PostPageCrumbs } from "~/modules/forum/components/topic/PostPageCrumbs";
import { TopicModeration, type TopicRefusal } from "~/modules/forum/components/mod/TopicModeration";
import {
  moderatedTopic,
  moveSchema,
  moveTargets,
  moveTopic,
  renameSchema,
  renameTopic,
  setTopicState,
  topicStateSchema,
} from "~/modules/forum/moderation.server";
import { topicPath } from "~/modules/forum/paths";
import { idParam, topicModerationIntentSchema as intentSchema } from "~/modules/forum/schema.server";
import { keptValues, parseForm, type FieldErrors } from "~/utils/forms";
import { httpError, notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, "forummod.topic.title", undefined, data?.topic.title);

function topicIdOf(params: LoaderFunctionArgs["params"]): string {
  const id = idParam.safeParse(params.id);
  return id.success ? id.data : notFound();
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { topic, category } = await moderatedTopic(user, topicIdOf(params));
  const targets = await moveTargets(user, category);
  return {
    topic: { id: topic.id, title: topic.title, pinned: topic.pinned, locked: topic.locked },
    category: { slug: category.slug, name: category.name },
    targets: targets.map((c) => ({ id: c.id, name: c.name, districtCode: c.districtCode })),
  };
}

const OUTCOMES = { pin: "pinned", unpin: "unpinned", lock: "locked", unlock: "unlocked", move: "moved", rename: "renamed" } as const;

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = topicIdOf(params);
  const form = await forumFormData(request);
  const intent = intentSchema.safeParse(form.get("intent"));
  if (!intent.success) return httpError(400, "forummod.error.badRequest");
  const group: TopicRefusal["group"] = intent.data === "move" || intent.data === "rename" ? intent.data : "state";
  const refused = (errors: FieldErrors, status: 400 | 409) => data<TopicRefusal>({ group, errors, values: keptValues(form) }, { status });
  if (intent.data === "move") {
    const input = parseForm(moveSchema, form);
    if (!input.ok) return refused(input.errors, 400);
    const moved = await moveTopic(user, id, input.data.categoria, input.data.motivo);
    if (!moved.ok) return refused({ [moved.field ?? "categoria"]: moved.error }, moved.status);
  } else if (intent.data === "rename") {
    const input = parseForm(renameSchema, form);
    if (!input.ok) return refused(input.errors, 400);
    const renamed = await renameTopic(user, id, input.data.titolo, input.data.motivo);
    if (!renamed.ok) return refused({ [renamed.field ?? "motivo"]: renamed.error }, renamed.status);
  } else {
    const input = parseForm(topicStateSchema, form);
    if (!input.ok) return refused(input.errors, 400);
    const changed = await setTopicState(user, id, intent.data, input.data.motivo);
    if (!changed.ok) return refused({ [changed.field ?? "motivo"]: changed.error }, changed.status);
  }
  return redirect(withOutcome(topicPath(id), OUTCOMES[intent.data]), 303);
}

export default function TopicModerationRoute() {
  const t = useT();
  const { topic, category, targets } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  return (
    <div className="forummod">
      <PostPageCrumbs category={category} topic={topic} back={topicPath(topic.id)} />
      <h1>{t("forummod.topic.title")}</h1>
      <p className="lead">{topic.title}</p>
      <p>{t("forummod.topic.intro")}</p>
      <TopicModeration topic={topic} category={category} targets={targets} refused={refused ?? null} />
      <p>
        <Link to={topicPath(topic.id)}>{t("forummod.backToTopic")}</Link>
      </p>
    </div>
  );
}
