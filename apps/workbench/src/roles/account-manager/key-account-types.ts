import type { KeyAccountQuery } from '../../gql/graphql';

export type KeyAccount = KeyAccountQuery['account'];
export type CatalogueProduct = KeyAccountQuery['products'][number];

/** Every panel of the key-account page gets the account and re-reads it after an action. */
export interface PanelProps {
  account: KeyAccount;
  onChanged: () => void;
}
