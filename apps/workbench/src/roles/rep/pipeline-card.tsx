import { useEffect, useId, useRef, useState } from 'react';
import { Link } from '../../routing/link';
import { StatusSelect } from '../../ui/fields';
import { money } from '../../ui/format';
import { boardStages } from './pipeline-stages';

interface Deal {
  id: string;
  name: string;
  stage: string;
  amount: string;
  currency: string;
  probability: number;
  expectedCloseDate?: string | null;
  account?: { name: string } | null;
}

/** One deal on the board: draggable, with a stage menu for keyboards, and the lost reason when asked. */
export function PipelineCard({
  deal,
  losing,
  onMove,
  onLose,
  onCancelLose,
}: {
  deal: Deal;
  losing: boolean;
  onMove: (stage: string) => void;
  onLose: (reason: string) => Promise<boolean>;
  onCancelLose: () => void;
}) {
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const reasonInput = useRef<HTMLInputElement>(null);
  // Dropped on Lost: the question is where the keyboard is.
  useEffect(() => {
    if (losing) reasonInput.current?.focus();
  }, [losing]);
  const closed = deal.stage === 'WON' || deal.stage === 'LOST';
  return (
    <li
      className="card"
      draggable={!closed}
      data-deal={deal.name}
      onDragStart={(e) => {
        e.dataTransfer.setData('text/plain', `${deal.id} ${deal.stage}`);
        e.dataTransfer.effectAllowed = 'move';
      }}
    >
      <strong>{deal.name}</strong>
      {deal.account && <div className="muted">{deal.account.name}</div>}
      <div>
        {money(deal.amount, deal.currency)} · {deal.probability} %
      </div>
      <Link href={`/deals/${deal.id}/quotes`}>
        Quotes<span className="sr-only"> for {deal.name}</span>
      </Link>
      {!closed && (
        <StatusSelect
          label={`Stage of ${deal.name}`}
          hideLabel
          value={deal.stage}
          statuses={boardStages}
          onChange={onMove}
        />
      )}
      {losing && (
        <form
          className="inline-form"
          onSubmit={async (e) => {
            e.preventDefault();
            if (await onLose(reason)) setReason('');
          }}
        >
          <label htmlFor={reasonId}>Why was {deal.name} lost?</label>
          <input
            id={reasonId}
            ref={reasonInput}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            required
          />
          <div className="form-buttons">
            <button type="submit">Mark as lost</button>
            <button type="button" className="secondary" onClick={onCancelLose}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
