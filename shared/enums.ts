/**
 * The closed sets of the data model as plain constants, apart from their zod schemas, so the
 * renderer can list them (filters, forms) without bundling zod.
 */
export const claimKinds = ['percent', 'count', 'money', 'ratio', 'rank', 'streak', 'measure', 'change', 'duration', 'date'] as const;
export const qualifiers = ['exact', 'approx', 'more_than', 'less_than', 'at_least', 'at_most'] as const;
export const modalities = ['fact', 'target', 'forecast'] as const;
export const reviewStatuses = ['unreviewed', 'verified', 'corrected', 'flagged', 'rejected'] as const;
export const flagReasons = ['contradiction', 'unsupported', 'needs_source', 'typo', 'other'] as const;
export type FlagReason = (typeof flagReasons)[number];
export const exportFormatNames = ['csv', 'json', 'jsonl', 'claimreview', 'findings', 'findings-html'] as const;
export type ExportFormatName = (typeof exportFormatNames)[number];
