// English: Tutele — tuteladesk.
import type { Catalog } from "../types";
import type { tuteladesk as it } from "../it/tuteladesk";

export const tuteladesk: Catalog<typeof it> = {
};
