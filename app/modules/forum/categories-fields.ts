// The admins' category form without zod: its choices, limits and the values it shows again (the
// pages load this module in the browser; the schema is in ./categories-schema.server).
export const CATEGORY_ROLES = ["candidate", "guardian", "trainer", "legal_consultant", "coordinator", "admin"] as const;
export type CategoryRole = (typeof CATEGORY_ROLES)[number];
export const CATEGORY_DISTRICTS = ["shared", "MI", "BS"] as const;
export const CATEGORY_KINDS = ["discussion", "qa"] as const;

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const NAME_MAX = 80;
export const SLUG_MAX = 60;
export const DESCRIPTION_MAX = 500;
export const POSITION_MAX = 9999;

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
