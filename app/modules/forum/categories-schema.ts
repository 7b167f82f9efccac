// The admins' category form: zod schema (server validation, messages as catalog keys) and the
// values the form shows again. Plain .ts: the pages import the field names and choices too.
import * as z from "zod";
import { RESERVED_SLUGS } from "./paths";

export const CATEGORY_ROLES = ["candidate", "guardian", "trainer", "legal_consultant", "coordinator", "admin"] as const;
export type CategoryRole = (typeof CATEGORY_ROLES)[number];
export const CATEGORY_DISTRICTS = ["shared", "MI", "BS"] as const;
export const CATEGORY_KINDS = ["discussion", "qa"] as const;

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const NAME_MAX = 80;
export const SLUG_MAX = 60;
export const DESCRIPTION_MAX = 500;
export const POSITION_MAX = 9999;

/** Checkbox groups send nothing, one value or several. */
const roleList = (missing?: "forumlist.admin.error.readRoles") =>
  z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(z.enum(CATEGORY_ROLES, { error: "forumlist.admin.error.roleInvalid" }))
      .min(missing ? 1 : 0, missing)
      .transform((roles) => CATEGORY_ROLES.filter((r) => roles.includes(r))),
  );

export const categorySchema = z
  .object({
    name: z
      .string({ error: "forumlist.admin.error.nameRequired" })
      .trim()
      .min(1, "forumlist.admin.error.nameRequired")
      .max(NAME_MAX, "forumlist.admin.error.nameTooLong"),
    slug: z
      .string({ error: "forumlist.admin.error.slugRequired" })
      .trim()
      .min(1, "forumlist.admin.error.slugRequired")
      .max(SLUG_MAX, "forumlist.admin.error.slugFormat")
      .regex(SLUG_PATTERN, "forumlist.admin.error.slugFormat")
      .refine((s) => !(RESERVED_SLUGS as readonly string[]).includes(s), "forumlist.admin.error.slugReserved"),
    description: z.string().trim().max(DESCRIPTION_MAX, "forumlist.admin.error.descriptionTooLong").default(""),
    district: z.enum(CATEGORY_DISTRICTS, { error: "forumlist.admin.error.district" }),
    kind: z.enum(CATEGORY_KINDS, { error: "forumlist.admin.error.kind" }),
    readRoles: roleList("forumlist.admin.error.readRoles"),
    postRoles: roleList(),
    position: z.coerce
      .number({ error: "forumlist.admin.error.position" })
      .int("forumlist.admin.error.position")
      .min(0, "forumlist.admin.error.position")
      .max(POSITION_MAX, "forumlist.admin.error.position"),
    archived: z
      .union([z.literal("on"), z.literal("1"), z.literal("true")])
      .optional()
      .transform((v) => v !== undefined),
  })
  .superRefine((input, ctx) => {
    // Posting requires reading: a role that may write but not read would post blind.
    if (input.postRoles.some((r) => !input.readRoles.includes(r))) {
      ctx.addIssue({ code: "custom", path: ["postRoles"], message: "forumlist.admin.error.postNotInRead" });
    }
  });
export type CategoryInput = z.infer<typeof categorySchema>;

/** What the form shows: text fields as typed, the two role groups as lists. */
export interface CategoryFormValues {
  name: string;
  slug: string;
  description: string;
  district: string;
  kind: string;
  position: string;
  archived: boolean;
  readRoles: string[];
  postRoles: string[];
}

/** The submitted values, to show the form again exactly as it was sent. */
export function categoryFormValues(formData: FormData): CategoryFormValues {
  const text = (name: string) => {
    const v = formData.get(name);
    return typeof v === "string" ? v : "";
  };
  const list = (name: string) => formData.getAll(name).filter((v): v is string => typeof v === "string");
  return {
    name: text("name"),
    slug: text("slug"),
    description: text("description"),
    district: text("district"),
    kind: text("kind"),
    position: text("position"),
    archived: formData.has("archived"),
    readRoles: list("readRoles"),
    postRoles: list("postRoles"),
  };
}
