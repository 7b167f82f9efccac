// English: Tutele — tutelaroster.
import type { Catalog } from "../types";
import type { tutelaroster as it } from "../it/tutelaroster";

export const tutelaroster: Catalog<typeof it> = {
};
