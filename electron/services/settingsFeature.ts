import type { Settings } from '../../shared/schema';
import { SETTINGS_ID } from '../store/port';
import type { ServiceContext } from './context';
import { reexplainFindings } from './findings';

export type SettingsPatch = Partial<Pick<Settings, 'language' | 'theme' | 'reviewerName' | 'newsroom' | 'claimReviewUrlPattern' | 'verdicts' | 'autoAdvance'>>;

export async function updateSettings(ctx: ServiceContext, patch: SettingsPatch): Promise<Settings> {
  const before = await ctx.settings();
  const changed = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  const after: Settings = { ...before, ...changed };
  const at = ctx.now().toISOString();
  await ctx.commit({
    action: 'settings.update',
    who: after.reviewerName,
    at,
    changes: [{ table: 'settings', id: SETTINGS_ID, before, after }],
    audit: [
      {
        who: after.reviewerName,
        when: at,
        action: 'settings.update',
        target: 'settings',
        before: Object.fromEntries(Object.keys(changed).map((k) => [k, before[k as keyof Settings]])),
        after: changed,
      },
    ],
  });
  ctx.language = after.language;
  // Findings keep their facts: a language switch re-renders the stored explanations from them, in the
  // analysis queue after any analysis in flight. Not awaited: the switch (and the edits the desk sends
  // after it) must not wait for a background build; it never rejects (see reexplainFindings).
  if (changed.language !== undefined && changed.language !== before.language) void reexplainFindings(ctx, after.language);
  return after;
}
