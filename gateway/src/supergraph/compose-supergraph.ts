import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { subgraphNames } from './subgraph-names';

const defaultPorts: Record<string, number> = {
  lead: 4001,
  account: 4002,
  order: 4003,
  planning: 4004,
  notification: 4005,
};

/**
 * Composes the supergraph from the subgraph SDL files the services check in
 * (services/<name>/schema.graphql). Composition errors are returned, not
 * thrown, so the caller can print all of them.
 */
export function composeSupergraph(servicesDir: string): {
  supergraphSdl?: string;
  errors: string[];
} {
  const subgraphs = subgraphNames.map((name) => ({
    name,
    url: `http://127.0.0.1:${defaultPorts[name]}/graphql`,
    typeDefs: parse(readFileSync(join(servicesDir, name, 'schema.graphql'), 'utf8')),
  }));
  const result = composeServices(subgraphs);
  if (result.errors) return { errors: result.errors.map((e) => e.message) };
  return { supergraphSdl: `${result.supergraphSdl.trim()}\n`, errors: [] };
}
