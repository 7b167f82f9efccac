// English: pages.
import type { Catalog } from "../types";
import type { pages as it } from "../it/pages";

export const pages: Catalog<typeof it> = {
};
