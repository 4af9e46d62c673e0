import type { z } from 'zod';
import { channels, isChannelName, type ChannelName } from '../../shared/ipc/contract';
import { AppError, type IpcErrorBody, type IpcResult } from '../../shared/ipc/errors';
import { isMessageKey, translate } from '../../shared/i18n/messages';
import type { Language } from '../../shared/settings/schema';
import type { HandlerTable } from './handlers-type';
import type { Logger } from './logger';

export interface Dispatcher {
  /** Validates and runs one request. Never throws: every failure becomes an error envelope. */
  dispatch(channel: unknown, input: unknown): Promise<IpcResult<unknown>>;
}

/**
 * Short, human-readable summary of zod issues ("language: Invalid option …"). Schemas in
 * shared/ give their own messages as i18n keys (`validation.*`), rendered in the user's
 * language; zod's built-in messages stay as zod writes them.
 */
function describeIssues(error: z.ZodError, language: Language): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      const message = isMessageKey(issue.message) ? translate(language, issue.message) : issue.message;
      return issue.path.length ? `${issue.path.join('.')}: ${message}` : message;
    })
    .join('; ');
}

export function createDispatcher(
  handlers: HandlerTable,
  opts: { language: () => Language; logger: Logger },
): Dispatcher {
  const fail = (error: IpcErrorBody): IpcResult<never> => ({ ok: false, error });

  return {
    async dispatch(channel, input) {
      const language = opts.language();
      if (!isChannelName(channel)) {
        const shown = typeof channel === 'string' ? channel.slice(0, 100) : typeof channel;
        return fail({
          code: 'UNKNOWN_CHANNEL',
          message: translate(language, 'error.unknownChannel', { channel: shown }),
        });
      }
      const name: ChannelName = channel;
      // The renderer is untrusted: validate before any handler code runs.
      const parsed = channels[name].input.safeParse(input);
      if (!parsed.success) {
        return fail({
          code: 'INVALID_INPUT',
          message: translate(language, 'error.invalidInput', { detail: describeIssues(parsed.error, language) }),
          details: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message, code: i.code })),
        });
      }
      try {
        const handler = handlers[name] as (input: unknown, ctx: { language: Language }) => unknown;
        const value = await handler(parsed.data, { language });
        // Checking the output keeps the contract honest: a handler cannot leak fields
        // (or a JS number where a decimal string is promised) to the renderer.
        return { ok: true, value: channels[name].output.parse(value) };
      } catch (err) {
        if (err instanceof AppError) {
          return fail({
            code: err.code,
            message: translate(language, err.messageKey, err.params),
            ...(err.details === undefined ? {} : { details: err.details }),
          });
        }
        opts.logger.error('handler failed', { channel: name, error: String((err as Error)?.stack ?? err) });
        return fail({ code: 'INTERNAL', message: translate(language, 'error.internal') });
      }
    },
  };
}
