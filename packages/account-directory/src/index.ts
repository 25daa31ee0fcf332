import { AccountOwner } from './account-owner.entity';
import { AccountDirectory1764000000200 } from './migrations/1764000000200-account-directory';
import { AccountDirectoryDomain1764000000201 } from './migrations/1764000000201-account-directory-domain';
import { AccountDirectoryNameSearch1764000000202 } from './migrations/1764000000202-account-directory-name-search';
import { AccountDirectorySegment1764000000203 } from './migrations/1764000000203-account-directory-segment';

export * from './account-owner.entity';
export * from './account-directory';
export * from './accounts-of-domains';
export * from './owned-accounts-cache';
export * from './account-directory.subscriber';
export {
  AccountDirectory1764000000200,
  AccountDirectoryDomain1764000000201,
  AccountDirectoryNameSearch1764000000202,
  AccountDirectorySegment1764000000203,
};
export * from './normalise-domain';

export const accountDirectoryEntities = [AccountOwner];
export const accountDirectoryMigrations = [
  AccountDirectory1764000000200,
  AccountDirectoryDomain1764000000201,
  AccountDirectoryNameSearch1764000000202,
  AccountDirectorySegment1764000000203,
];
