/** Largest file the renderer may hand to main or read back: exports are a few MB at most. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
