// English: Consulenze legali — faq.
import type { Catalog } from "../types";
import type { faq as it } from "../it/faq";

export const faq: Catalog<typeof it> = {
};
