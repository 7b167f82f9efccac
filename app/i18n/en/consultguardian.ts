// English: Consulenze legali — consultguardian.
import type { Catalog } from "../types";
import type { consultguardian as it } from "../it/consultguardian";

export const consultguardian: Catalog<typeof it> = {
};
