// Small building blocks for zod/mini schemas (zod's tree-shakable form: about 7 KB in the
// entry instead of 25 KB, which keeps `/` under its budget). zod 4's number() already refuses
// NaN and Infinity.
import * as z from 'zod/mini';

export const text = (max: number) => z.string().check(z.maxLength(max));
export const required = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
export const timestamp = () => z.int().check(z.nonnegative());
export const count = () => z.int().check(z.nonnegative());
export const nonNegative = () => z.number().check(z.nonnegative());
export const between = (min: number, max: number) => z.number().check(z.minimum(min), z.maximum(max));
export const intBetween = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));

/** "path.to.field: message" lines for a failed parse. */
export function describeIssues(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.map(String).join('.') : '(root)'}: ${i.message}`);
}
