// English: admin.
import type { Catalog } from "../types";
import type { admin as it } from "../it/admin";

export const admin: Catalog<typeof it> = {
};
