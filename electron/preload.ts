import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, MENU_COMMAND_CHANNEL, channelNames, menuCommands, type HostBridge, type MenuCommand } from '../shared/platform/channels';

// The whole surface the renderer sees of the host: one function per channel of the shared map,
// never ipcRenderer itself (checklist item 20). Main validates every call again.
const invokers = Object.fromEntries(
  channelNames.map((channel) => [channel, (...args: unknown[]) => ipcRenderer.invoke(channel, ...args)]),
);

const bridge = {
  ...invokers,
  onMenuCommand(listener: (command: MenuCommand) => void) {
    const relay = (_event: unknown, command: unknown) => {
      if ((menuCommands as readonly unknown[]).includes(command)) listener(command as MenuCommand);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, relay);
    return () => void ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, relay);
  },
} as HostBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
