// English: Consulenze legali — consultdesk.
import type { Catalog } from "../types";
import type { consultdesk as it } from "../it/consultdesk";

export const consultdesk: Catalog<typeof it> = {
};
