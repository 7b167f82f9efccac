// Italian: Tutele — tutelaguardian (placeholder; filled by the pages that use it).
export const tutelaguardian = {
} as const;
