// English: authoring (Formazione).
import type { Catalog } from "../types";
import type { authoring as it } from "../it/authoring";

export const authoring: Catalog<typeof it> = {
};
