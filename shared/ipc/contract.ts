import { z } from 'zod';
import { AppInfo, DbStatus } from '../app/schema';
import { Settings, SettingsPatch } from '../settings/schema';

/**
 * The one definition of everything the renderer may ask the core (channels) and everything
 * the core may push to the renderer (events). Main's handler table, the preload, the
 * WebSocket transport and the renderer client are all typed from these two objects.
 *
 * Convention: `feature.verb`. A channel without input takes `z.undefined()`.
 */
export const channels = {
  'app.info': { input: z.undefined(), output: AppInfo },
  'settings.get': { input: z.undefined(), output: Settings },
  'settings.set': { input: SettingsPatch, output: Settings },
  'db.status': { input: z.undefined(), output: DbStatus },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export const events = {
  'settings.changed': Settings,
} as const satisfies Record<string, z.ZodType>;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type EventName = keyof typeof events;

/** What the caller sends (before zod defaults/transforms). */
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
/** What the handler receives (after validation). */
export type ParsedInput<C extends ChannelName> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);
}

/** Arguments of invoke(): channels whose input is `undefined` may omit it. */
export type InvokeArgs<C extends ChannelName> =
  undefined extends ChannelInput<C> ? [input?: ChannelInput<C>] : [input: ChannelInput<C>];
