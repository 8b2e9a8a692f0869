/** What the e-mails about serious and overdue cases need from configuration. */
export interface FollowUpSettings {
  /** The service's public address (PUBLIC_BASE_URL), for a link to the case; null: the e-mail names the case number only. */
  workspaceUrl: string | null;
  /** Who hears of a serious case that has no unit's managers to tell (SERIOUS_CASES_EMAIL); null: nobody but the list. */
  seriousCasesEmail: string | null;
}

/** Without configuration: e-mails carry no link, and a serious case without managers shows only in the serious list. */
export const NO_FOLLOW_UP_SETTINGS: FollowUpSettings = { workspaceUrl: null, seriousCasesEmail: null };

/** The case page's address in the workspace, for an e-mail (the route is the workspace's /agent/cases/:reference). */
export function casePageUrl(settings: FollowUpSettings, reference: string): string | null {
  return settings.workspaceUrl ? `${settings.workspaceUrl.replace(/\/+$/, '')}/agent/cases/${encodeURIComponent(reference)}` : null;
}
