import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

// Every role's pages load on demand: the first page carries only the shell.
type Page = LazyExoticComponent<ComponentType<{ params: Record<string, string> }>>;

export const routes: Array<{ pattern: string; page: Page }> = [
  { pattern: '/rep', page: lazy(() => import('../roles/rep/rep-home-page')) },
  { pattern: '/accounts', page: lazy(() => import('../roles/account-manager/key-accounts-page')) },
  {
    pattern: '/accounts/:id',
    page: lazy(() => import('../roles/account-manager/key-account-page')),
  },
  { pattern: '/team', page: lazy(() => import('../roles/manager/team-page')) },
  { pattern: '/orders', page: lazy(() => import('../roles/coordinator/order-queues-page')) },
  { pattern: '/campaigns', page: lazy(() => import('../roles/marketing/campaigns-page')) },
  { pattern: '/requests', page: lazy(() => import('../roles/department/service-requests-page')) },
  { pattern: '/rates', page: lazy(() => import('../roles/admin/exchange-rates-page')) },
  {
    pattern: '/deals/:id/quotes',
    page: lazy(() => import('../roles/rep/quotes/opportunity-quotes-page')),
  },
];
