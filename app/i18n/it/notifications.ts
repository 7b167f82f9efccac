// Italian: notifications.
export const notifications = {
} as const;
