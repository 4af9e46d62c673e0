import type { ChannelName, ChannelOutput, ParsedInput } from '../../shared/ipc/contract';
import type { Language } from '../../shared/settings/schema';

/** What every handler may use besides its input. */
export interface HandlerContext {
  /** The UI language the answer should be written in. */
  language: Language;
}

export type Handler<C extends ChannelName> = (
  input: ParsedInput<C>,
  ctx: HandlerContext,
) => Promise<ChannelOutput<C>> | ChannelOutput<C>;

/**
 * The handler table, derived from the contract: a channel without a handler, an extra
 * handler, or a handler with the wrong input/output type does not compile.
 */
export type HandlerTable = { [C in ChannelName]: Handler<C> };
