// English: events (Formazione).
import type { Catalog } from "../types";
import type { events as it } from "../it/events";

export const events: Catalog<typeof it> = {
};
