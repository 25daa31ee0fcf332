// What became of a campaign's leads, counted from the leads themselves (the
// graph has no per-campaign totals; see the workbench README).

export interface FunnelLead {
  campaign?: string | null;
  status: string;
  ownerId?: string | null;
  mergeCount: number;
  disqualificationReason?: string | null;
  opportunityStage?: string | null;
}

export interface CampaignFunnel {
  /** Every capture marketing sent: the leads plus the duplicates merged into them. */
  captured: number;
  merged: number;
  /** Distinct leads after de-duplication. */
  leads: number;
  assigned: number;
  /** Reached qualification: qualified now, or converted since. */
  qualified: number;
  converted: number;
  won: number;
  disqualified: number;
  reasons: Array<{ reason: string; count: number }>;
}

export function campaignFunnel(leads: FunnelLead[]): CampaignFunnel {
  const merged = leads.reduce((sum, l) => sum + l.mergeCount, 0);
  const reasons = new Map<string, number>();
  for (const lead of leads.filter((l) => l.status === 'DISQUALIFIED')) {
    const reason = lead.disqualificationReason?.trim() || 'No reason given';
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  return {
    captured: leads.length + merged,
    merged,
    leads: leads.length,
    assigned: leads.filter((l) => l.ownerId != null).length,
    qualified: leads.filter((l) => l.status === 'QUALIFIED' || l.status === 'CONVERTED').length,
    converted: leads.filter((l) => l.status === 'CONVERTED').length,
    won: leads.filter((l) => l.opportunityStage === 'WON').length,
    disqualified: leads.filter((l) => l.status === 'DISQUALIFIED').length,
    reasons: [...reasons]
      .map(([reason, count]) => ({ reason, count }))
      .sort((a, b) => b.count - a.count),
  };
}

/** Campaigns by their leads, most leads first; leads without a campaign under "(none)". */
export function campaignsOf(leads: FunnelLead[]): Array<{ campaign: string; leads: number }> {
  const counts = new Map<string, number>();
  for (const lead of leads)
    counts.set(lead.campaign ?? '(none)', (counts.get(lead.campaign ?? '(none)') ?? 0) + 1);
  return [...counts]
    .map(([campaign, n]) => ({ campaign, leads: n }))
    .sort((a, b) => b.leads - a.leads);
}
