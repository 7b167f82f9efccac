// English: certificates (Formazione).
import type { Catalog } from "../types";
import type { certificates as it } from "../it/certificates";

export const certificates: Catalog<typeof it> = {
};
