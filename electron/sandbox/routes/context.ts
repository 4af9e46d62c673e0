/** What an operation handler gets and what it is. */
import type { Lang } from '../data/catalog';
import type { FeeBook } from '../data/fees';
import type { World } from '../data/generate';
import type { FaultInjector } from '../faults';

export interface Ctx {
  world: World;
  fees: FeeBook;
  faults: FaultInjector;
  lang: Lang;
  query: URLSearchParams;
  /** parsed JSON body (undefined when there is none) */
  body: unknown;
  /** captures of the path pattern */
  pathParams: string[];
}

export interface Operation {
  /** the SDK's operation name; flow control and stats count per operation */
  name: string;
  method: 'GET' | 'POST';
  path: RegExp;
  /** the 200 response body; throws ApiError for a 4xx */
  handle(ctx: Ctx): object;
}

/** A page of a listing. */
export function page<T>(items: readonly T[], offset: number, limit: number): T[] {
  return items.slice(offset, offset + limit);
}
