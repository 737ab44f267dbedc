import type { Condition, Question } from '../api/types';
import type { FollowUpTest } from '../components/follow-up-rule-fields';
import { parseDecimal } from '@/utils/decimal';

/**
 * The condition for a test and the value as typed. A number that is not (yet) one leaves the test out, so
 * that the API says what is missing rather than the condition silently becoming 0.
 */
export function buildCondition(question: Question, test: FollowUpTest, value: string): Condition {
  if (test === 'includesProfession') return { question: question.id, includesProfession: value };
  if (test === 'greaterThan' || question.type === 'number') {
    const number = parseDecimal(value);
    if (number === undefined) return { question: question.id };
    return test === 'greaterThan'
      ? { question: question.id, greaterThan: number }
      : { question: question.id, equalTo: number };
  }
  // A new condition on a yes/no question starts at Ja.
  const equalTo = question.type === 'yes_no' ? value !== 'false' : value;
  return { question: question.id, equalTo };
}
