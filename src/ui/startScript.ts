/** The script a fresh lab starts from: a listening server, so Connect works at once. */
export const START_SCRIPT = 'server listen';
