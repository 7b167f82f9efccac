// Italian: Tutele — tutelamatch (placeholder; filled by the pages that use it).
export const tutelamatch = {
} as const;
