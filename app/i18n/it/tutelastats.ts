// Italian: Tutele — tutelastats (placeholder; filled by the pages that use it).
export const tutelastats = {
} as const;
