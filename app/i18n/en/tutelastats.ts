// English: Tutele — tutelastats.
import type { Catalog } from "../types";
import type { tutelastats as it } from "../it/tutelastats";

export const tutelastats: Catalog<typeof it> = {
};
