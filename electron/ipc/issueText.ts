import type { z } from 'zod';

/** A sentence in each language. */
export interface IssueText {
  vi: string;
  en: string;
}

/**
 * What a schema refused, in the caller's languages, for the kinds of problem people meet (a choice, a bound, a
 * type); null for any other, whose only words are the schema's English. The app's IPC check and the CLI say it
 * alike.
 */
export function issueText(issue: z.core.$ZodIssue | undefined): IssueText | null {
  switch (issue?.code) {
    case 'invalid_value': {
      const values = issue.values.map(String).join(', ');
      return { vi: `phải là một trong ${values}`, en: `must be one of ${values}` };
    }
    case 'too_big': {
      const n = String(issue.maximum);
      return issue.origin === 'string' ? { vi: `dài tối đa ${n} ký tự`, en: `at most ${n} characters` } : { vi: `tối đa ${n}`, en: `at most ${n}` };
    }
    case 'too_small': {
      const n = String(issue.minimum);
      return issue.origin === 'string' ? { vi: `cần ít nhất ${n} ký tự`, en: `at least ${n} characters` } : { vi: `ít nhất ${n}`, en: `at least ${n}` };
    }
    case 'invalid_type':
      return { vi: `cần kiểu ${issue.expected}`, en: `expected ${issue.expected}` };
    default:
      return null;
  }
}
