// Italian: Tutele — tutelaminor (placeholder; filled by the pages that use it).
export const tutelaminor = {
} as const;
