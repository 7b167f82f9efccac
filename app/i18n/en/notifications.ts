// English: notifications.
import type { Catalog } from "../types";
import type { notifications as it } from "../it/notifications";

export const notifications: Catalog<typeof it> = {
};
