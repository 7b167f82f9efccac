// The admins' category form: zod schema (server validation, messages as catalog keys).
import * as z from "zod";
import {
  CATEGORY_DISTRICTS,
  CATEGORY_KINDS,
  CATEGORY_ROLES,
  DESCRIPTION_MAX,
  NAME_MAX,
  POSITION_MAX,
  SLUG_MAX,
  SLUG_PATTERN,
} from "./categories-fields";
import { RESERVED_SLUGS } from "./paths";

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
