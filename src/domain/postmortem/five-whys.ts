// The 5-whys helper (DOMAIN.md §7): a chain of why → because, where each answer becomes the next
// question, ending in a root cause. Five is a guide, not a rule: the chain may be shorter or
// longer, but an unanswered why is never a root cause.
import type { WhyStep } from './model';

export const RECOMMENDED_WHYS = 5;

/** The question for the next step: asked about the last answer. */
export function nextWhyQuestion(steps: readonly WhyStep[], problem: string): string {
  const last = [...steps].reverse().find((s) => s.because.trim() !== '');
  const subject = (last?.because ?? problem).trim().replace(/[.!?]+$/, '');
  if (!subject) return 'Why?';
  return `Why ${subject.charAt(0).toLowerCase()}${subject.slice(1)}?`;
}

export function firstWhy(problem: string): WhyStep['why'] {
  const subject = problem
    .replace(/^\[demo\]\s*/i, '')
    .trim()
    .replace(/[.!?]+$/, '');
  return subject ? `Why did "${subject}" happen?` : 'Why did this incident happen?';
}

/** The root cause the chain ends in: the last step's answer, once every step is answered. */
export function whysRootCause(steps: readonly WhyStep[]): string | null {
  if (steps.length === 0 || steps.some((s) => s.why.trim() === '' || s.because.trim() === '')) return null;
  return steps[steps.length - 1]!.because.trim();
}

/** What still stands between the chain and a usable root cause, in words for the author. */
export function whysProblems(steps: readonly WhyStep[]): string[] {
  const problems: string[] = [];
  if (steps.length === 0) problems.push('Ask the first why.');
  steps.forEach((s, i) => {
    if (s.why.trim() === '') problems.push(`Why ${i + 1} has no question.`);
    if (s.because.trim() === '') problems.push(`Why ${i + 1} has no answer.`);
  });
  if (steps.length > 0 && steps.length < 3) problems.push(`Only ${steps.length} of about ${RECOMMENDED_WHYS} whys: is this really the root cause?`);
  return problems;
}
