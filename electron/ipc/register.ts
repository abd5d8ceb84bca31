import { channels, type ChannelArgs, type ChannelName, type ChannelResult } from '../../shared/platform/channels';
import { validate } from '../../shared/domain/validation';
import { isTrustedSender, type IpcSenderEvent } from './sender';

/** The main-side implementation of every channel, arguments already validated. */
export type ChannelHandlers = { [C in ChannelName]: (...args: ChannelArgs<C>) => Promise<ChannelResult<C>> | ChannelResult<C> };

/** The part of Electron's ipcMain the registration uses. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcSenderEvent, ...args: unknown[]) => Promise<unknown>): void;
}

export class IpcRefusedError extends Error {
  override name = 'IpcRefusedError';
}

/**
 * Registers one handler per channel of the shared map. Each call is refused
 * unless it comes from the app's own frame, and its arguments must parse
 * with the channel's schema: the renderer is treated as untrusted input.
 */
export const registerChannelHandlers = (ipcMain: IpcMainLike, handlers: ChannelHandlers): void => {
  for (const channel of Object.keys(channels) as ChannelName[]) {
    const { args: argsSchema } = channels[channel];
    const handler = handlers[channel] as (...args: unknown[]) => unknown;
    ipcMain.handle(channel, async (event, ...args) => {
      if (!isTrustedSender(event)) throw new IpcRefusedError(`${channel}: refused a call from outside the app`);
      const parsed = validate(argsSchema, args);
      if (!parsed.ok) throw new IpcRefusedError(`${channel}: ${parsed.errors.map((e) => e.message).join('; ')}`);
      return handler(...(parsed.value as unknown[]));
    });
  }
};
