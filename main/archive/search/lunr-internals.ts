/**
 * The parts of Lunr 2.3.9 that the compact index uses but @types/lunr does not describe: the query
 * parser, clause presence, token-set automata and `Query.isNegated`. Typed here once, checked
 * against Lunr's own source (node_modules/lunr/lunr.js), so the rest of the folder stays typed.
 */
import lunr from 'lunr';

export interface TokenSetNode {
  final: boolean;
  edges: Record<string, TokenSetNode>;
}

export interface LunrClause {
  term: string;
  fields: string[];
  boost: number;
  usePipeline: boolean;
  wildcard: number;
  presence: number;
  editDistance?: number;
}

export interface LunrQuery {
  clauses: LunrClause[];
  isNegated(): boolean;
}

interface LunrWithInternals {
  Query: new (fields: string[]) => LunrQuery;
  QueryParser: new (query: string, into: LunrQuery) => { parse(): void };
  TokenSet: { fromClause(clause: LunrClause): TokenSetNode };
  Pipeline: new () => { add(...fns: lunr.PipelineFunction[]): void; runString(text: string, metadata?: object): string[] };
}

const internals = lunr as unknown as LunrWithInternals;

export const PRESENCE = { OPTIONAL: 1, REQUIRED: 2, PROHIBITED: 3 } as const;

/**
 * Largest fuzzy edit distance a query may ask for. Lunr builds the automaton of every string within
 * the distance, which grows exponentially: `word~9` exhausts the heap. 2 is what people mean by
 * "about this word"; larger asks are read as 2.
 */
const MAX_EDIT_DISTANCE = 2;

/** Parses `text` with lunr.QueryParser into clauses over `fields`; throws lunr.QueryParseError. */
export function parseLunrQuery(text: string, fields: readonly string[]): LunrQuery {
  const query = new internals.Query([...fields]);
  new internals.QueryParser(text, query).parse();
  for (const clause of query.clauses) {
    if (clause.editDistance !== undefined && clause.editDistance > MAX_EDIT_DISTANCE) clause.editDistance = MAX_EDIT_DISTANCE;
  }
  return query;
}

export function tokenSetOfClause(clause: LunrClause): TokenSetNode {
  return internals.TokenSet.fromClause(clause);
}

export type LunrPipeline = InstanceType<LunrWithInternals['Pipeline']>;

export function makePipeline(...fns: lunr.PipelineFunction[]): LunrPipeline {
  const pipeline = new internals.Pipeline();
  pipeline.add(...fns);
  return pipeline;
}
