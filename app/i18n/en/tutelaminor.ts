// English: Tutele — tutelaminor.
import type { Catalog } from "../types";
import type { tutelaminor as it } from "../it/tutelaminor";

export const tutelaminor: Catalog<typeof it> = {
};
