// English: Tutele — tutelaguardian.
import type { Catalog } from "../types";
import type { tutelaguardian as it } from "../it/tutelaguardian";

export const tutelaguardian: Catalog<typeof it> = {
};
