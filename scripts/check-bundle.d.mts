/** The gzip budget, in kB, for the JavaScript `/` loads (see check-bundle.mjs). */
export const BUDGET_KB: number;
