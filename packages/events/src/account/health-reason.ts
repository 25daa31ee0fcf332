import { z } from 'zod';

export const HealthReason = z.object({
  code: z.string(),
  message: z.string(),
  impact: z.number().describe('points taken off (negative) or added to the health score'),
});
export type HealthReason = z.infer<typeof HealthReason>;
