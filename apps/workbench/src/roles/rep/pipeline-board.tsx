import { useEffect, useState, type DragEvent } from 'react';
import type { OpportunityStage } from '../../gql/graphql';
import { useAction } from '../../graphql/use-action';
import { useLiveQuery } from '../../graphql/use-live-query';
import { ErrorList } from '../../ui/error-list';
import { humanize, money } from '../../ui/format';
import { QueryState } from '../../ui/query-state';
import { RefreshButton } from '../../ui/refresh-button';
import { Section } from '../../ui/section';
import { PipelineCard } from './pipeline-card';
import { boardStages, columnTotals, moveKind } from './pipeline-stages';
import { LoseOpportunity, MoveOpportunity, WinOpportunity } from './pipeline.operations';
import { MyPipelineQuery } from './rep.operations';

/**
 * My pipeline as a board by stage. A deal moves by drag and drop, or with
 * its stage menu from the keyboard; dropping on Lost asks for the reason.
 */
export function PipelineBoard({ changes }: { changes: number }) {
  const [result, reload] = useLiveQuery({ query: MyPipelineQuery });
  const move = useAction(MoveOpportunity);
  const win = useAction(WinOpportunity);
  const lose = useAction(LoseOpportunity);
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const [losing, setLosing] = useState<string | null>(null);
  useEffect(() => {
    if (changes) reload();
  }, [changes, reload]);

  const moveDeal = async (id: string, from: string, to: string) => {
    const kind = moveKind(from, to);
    if (kind === 'none') return;
    if (kind === 'lose') return setLosing(id);
    const ok =
      kind === 'win'
        ? await win.run({ id })
        : await move.run({ id, stage: to as OpportunityStage });
    if (ok) reload();
  };
  const loseDeal = async (id: string, reason: string) => {
    if (await lose.run({ id, reason })) {
      setLosing(null);
      reload();
      return true;
    }
    return false;
  };
  const drop = (stage: string) => (event: DragEvent) => {
    event.preventDefault();
    setDropTarget(null);
    const [id, from] = event.dataTransfer.getData('text/plain').split(' ');
    if (id) void moveDeal(id, from, stage);
  };

  return (
    <Section
      title="My pipeline"
      className="wide"
      actions={<RefreshButton what="pipeline" onClick={reload} busy={result.fetching} />}
    >
      <ErrorList errors={[...move.errors, ...win.errors, ...lose.errors]} />
      <QueryState result={result} label="the pipeline">
        {(data) => {
          const deals = data.me.opportunities;
          return (
            <div className="board">
              {boardStages.map((stage) => {
                const totals = columnTotals(deals, stage);
                return (
                  <div
                    key={stage}
                    className={`board-column ${dropTarget === stage ? 'drop-target' : ''}`}
                    data-stage={stage}
                    onDragOver={(e) => {
                      e.preventDefault();
                      setDropTarget(stage);
                    }}
                    onDragLeave={() => setDropTarget(null)}
                    onDrop={drop(stage)}
                  >
                    <h3>{humanize(stage)}</h3>
                    <p className="muted">
                      {totals.count} · {money(totals.amount)}
                      {!['WON', 'LOST'].includes(stage) && (
                        <> · weighted {money(totals.weighted)}</>
                      )}
                    </p>
                    <ul aria-label={`${humanize(stage)} deals`}>
                      {deals
                        .filter((d) => d.stage === stage)
                        .map((deal) => (
                          <PipelineCard
                            key={deal.id}
                            deal={deal}
                            losing={losing === deal.id}
                            onMove={(to) => moveDeal(deal.id, deal.stage, to)}
                            onLose={(reason) => loseDeal(deal.id, reason)}
                            onCancelLose={() => setLosing(null)}
                          />
                        ))}
                    </ul>
                  </div>
                );
              })}
            </div>
          );
        }}
      </QueryState>
    </Section>
  );
}
