// The forum's write forms on the server: read the body (with a size limit), parse with zod, call
// the domain, and answer either with a redirect to the post or with what the form needs to show
// again (field errors, the personal-data findings, the user's text kept).
import { data, redirect } from "@remix-run/node";
import type { MessageKey } from "~/i18n";
import type { CurrentUser } from "~/modules/auth/user.server";
import { readFormBody } from "~/modules/consultations/forms.server";
import { keptValues, parseForm, type FieldErrors } from "~/utils/forms";
import { httpError } from "~/utils/http.server";
import { postLocation } from "./paths";
import { createTopic, editPost, reply, type WriteResult } from "./posts.server";
import type { PrivacyFinding } from "./privacy";
import { editSchema, postSchema, topicSchema } from "./schema";

type Author = Pick<CurrentUser, "id" | "roles" | "name">;

/** A forum form's body is text only: 256 KB is far more than any post (20,000 characters). */
export const MAX_FORM_BYTES = 256 * 1024;

/** What a composer shows after a refused submission. */
export interface ComposerData {
  errors: FieldErrors;
  values: Record<string, string>;
  /** The personal-data findings that held the text; the form asks to remove them or confirm. */
  privacy: Pick<PrivacyFinding, "kind" | "match">[];
  formError: MessageKey | null;
}

const composerData = (values: Record<string, string>, extra: Partial<ComposerData>): ComposerData => ({
  errors: {},
  privacy: [],
  formError: null,
  ...extra,
  values,
});

export async function readForumForm(request: Request): Promise<FormData | null> {
  const body = await readFormBody(request, MAX_FORM_BYTES);
  return body.ok ? body.formData : null;
}

/** Turns a domain result into a redirect or the form's data with the right status. */
function answer(result: WriteResult, values: Record<string, string>) {
  if (result.ok) return redirect(postLocation(result.topicId, result.number), 303);
  if ("privacy" in result) {
    return data(
      composerData(values, {
        privacy: result.privacy.map(({ kind, match }) => ({ kind, match })),
        errors: { confermaPrivacy: "forum.error.privacyConfirm" },
      }),
      { status: 422 },
    );
  }
  return data(composerData(values, { formError: result.error }), { status: result.status });
}

const tooLarge = () =>
  data(composerData({}, { formError: "forum.error.bodyTooLong", errors: { body: "forum.error.bodyTooLong" } }), {
    status: 413,
  });

/** Bad input: every field's error and the user's text kept (status 400, nothing written). */
const refused = (result: { errors: FieldErrors; values: Record<string, string> }) =>
  data(composerData(result.values, { errors: result.errors }), { status: 400 });

/** New topic (fields `title`, `body`, `confermaPrivacy`). */
export async function submitTopic(user: Author, categoryId: string, formData: FormData | null) {
  if (!formData) return tooLarge();
  const input = parseForm(topicSchema, formData);
  if (!input.ok) return refused(input);
  return answer(await createTopic(user, categoryId, input.data), keptValues(formData));
}

/** Reply (fields `body`, `confermaPrivacy`). */
export async function submitReply(user: Author, topicId: string, formData: FormData | null) {
  if (!formData) return tooLarge();
  const input = parseForm(postSchema, formData);
  if (!input.ok) return refused(input);
  return answer(await reply(user, topicId, input.data), keptValues(formData));
}

/** Edit (fields `body`, `title` for the opening post, `confermaPrivacy`). */
export async function submitEdit(user: Author, postId: string, formData: FormData | null) {
  if (!formData) return tooLarge();
  const input = parseForm(editSchema, formData);
  if (!input.ok) return refused(input);
  return answer(await editPost(user, postId, input.data), keptValues(formData));
}

/** The form data of a small forum form (moderation, settings), refused with 400 beyond the limit. */
export async function forumFormData(request: Request): Promise<FormData> {
  const formData = await readForumForm(request);
  return formData ?? httpError(400, "forum.error.formTooLarge");
}
