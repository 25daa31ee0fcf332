import { StatusBadge } from './status-badge';

/** An order's status with a tone: invoiced is done, cancelled is bad. */
export function OrderStatusBadge({ status }: { status: string }) {
  const tone = status === 'INVOICED' ? 'good' : status === 'CANCELLED' ? 'bad' : 'plain';
  return <StatusBadge value={status} tone={tone} />;
}
