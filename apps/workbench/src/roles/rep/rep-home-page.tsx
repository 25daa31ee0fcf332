import { useState } from 'react';
import { LeadWorkPanel } from './lead-work-panel';
import { MyLeadsPanel } from './my-leads-panel';
import { MyOrdersPanel } from './my-orders-panel';
import { OverdueFollowUpsPanel } from './overdue-follow-ups-panel';
import { PipelineBoard } from './pipeline-board';
import { QuarterTargetPanel } from './quarter-target-panel';

/** The sales rep's day: what is overdue, the leads to work, the deals, the orders, the quarter. */
export default function RepHomePage() {
  const [selectedLead, setSelectedLead] = useState<string | null>(null);
  // Panels re-read after an action elsewhere on the page: a converted lead opens a deal.
  const [changes, setChanges] = useState(0);
  const changed = () => setChanges((n) => n + 1);
  return (
    <>
      <h1>My day</h1>
      <div className="grid">
        <OverdueFollowUpsPanel onOpen={setSelectedLead} changes={changes} />
        <QuarterTargetPanel />
        <MyLeadsPanel selected={selectedLead} onOpen={setSelectedLead} changes={changes} />
        {selectedLead && (
          <LeadWorkPanel
            leadId={selectedLead}
            onClose={() => setSelectedLead(null)}
            onChanged={changed}
          />
        )}
        <PipelineBoard changes={changes} />
        <MyOrdersPanel />
      </div>
    </>
  );
}
