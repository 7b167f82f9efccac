// Italian: pages.
export const pages = {
} as const;
