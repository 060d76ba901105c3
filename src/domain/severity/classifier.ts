// DOMAIN.md §1 classifier: a guided question tree, never a black box. Each answer can decide the
// level; the result says which rule fired so the form can show why.
import type { Severity } from './levels';

export interface ClassifierAnswers {
  securityIssue?: boolean;
  serviceAvailable?: boolean;
  majorFeatureDown?: boolean;
  revenueImpact?: boolean;
  errorRatePct?: number | null;
  usersAffected?: number | null;
  userImpact?: 'high' | 'low' | 'none';
  performanceIssue?: 'severe' | 'minor' | 'none';
}

export interface Classification {
  severity: Severity;
  reason: string;
}

export function classify(a: ClassifierAnswers): Classification {
  if (a.securityIssue) return { severity: 'P0', reason: 'security issue' };
  if (a.serviceAvailable === false) return { severity: 'P0', reason: 'service unavailable' };
  if (a.majorFeatureDown) return { severity: 'P1', reason: 'major feature down' };
  if (a.revenueImpact) return { severity: 'P1', reason: 'revenue impact' };
  if ((a.errorRatePct ?? 0) > 25) return { severity: 'P1', reason: `error rate ${a.errorRatePct} % > 25 %` };
  if ((a.errorRatePct ?? 0) > 10) return { severity: 'P2', reason: `error rate ${a.errorRatePct} % > 10 %` };
  if ((a.usersAffected ?? 0) > 100) return { severity: 'P2', reason: `${a.usersAffected} users affected (> 100)` };
  if (a.userImpact === 'high') return { severity: 'P2', reason: 'high user impact' };
  if (a.performanceIssue === 'severe') return { severity: 'P2', reason: 'severe performance issue' };
  if (a.performanceIssue === 'minor') return { severity: 'P3', reason: 'minor performance issue' };
  return { severity: 'P3', reason: 'no significant user impact' };
}

export type QuestionId = 'securityIssue' | 'serviceAvailable' | 'majorFeatureDown' | 'revenueImpact' | 'userImpact' | 'performanceIssue';

export interface Question {
  id: QuestionId;
  text: string;
  options: { value: string; label: string }[];
}

/**
 * The wizard's question tree (DOMAIN.md §1): service available? → major feature down? →
 * revenue impact? → user impact high/low? → performance issue severe/minor? A question is
 * asked only while no earlier answer has decided the level.
 */
export const QUESTIONS: readonly Question[] = [
  { id: 'securityIssue', text: 'Is this a security issue (breach, leaked data, unauthorised access)?', options: yesNo() },
  { id: 'serviceAvailable', text: 'Is the service available at all?', options: yesNo() },
  { id: 'majorFeatureDown', text: 'Is a major feature down?', options: yesNo() },
  { id: 'revenueImpact', text: 'Is there revenue impact?', options: yesNo() },
  {
    id: 'userImpact',
    text: 'How much are users affected?',
    options: [
      { value: 'high', label: 'High — many users or a key flow' },
      { value: 'low', label: 'Low — a small subset' },
      { value: 'none', label: 'None' },
    ],
  },
  {
    id: 'performanceIssue',
    text: 'Is it a performance issue?',
    options: [
      { value: 'severe', label: 'Severe' },
      { value: 'minor', label: 'Minor' },
      { value: 'none', label: 'No' },
    ],
  },
];

function yesNo() {
  return [
    { value: 'yes', label: 'Yes' },
    { value: 'no', label: 'No' },
  ];
}

/** The questions still worth asking, given the answers so far (stops once a level is decided). */
export function nextQuestions(a: ClassifierAnswers): Question[] {
  const out: Question[] = [];
  for (const q of QUESTIONS) {
    out.push(q);
    const answered = a[q.id];
    if (answered === undefined) break;
    const decided =
      (q.id === 'securityIssue' && answered === true) ||
      (q.id === 'serviceAvailable' && answered === false) ||
      (q.id === 'majorFeatureDown' && answered === true) ||
      (q.id === 'revenueImpact' && answered === true);
    if (decided) break;
  }
  return out;
}
