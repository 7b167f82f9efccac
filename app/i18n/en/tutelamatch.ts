// English: Tutele — tutelamatch.
import type { Catalog } from "../types";
import type { tutelamatch as it } from "../it/tutelamatch";

export const tutelamatch: Catalog<typeof it> = {
};
