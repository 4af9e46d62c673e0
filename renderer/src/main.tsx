import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installBridge } from './ipc/client';
import { AppRoot } from './shell/AppRoot';
import { NoBridgePage } from './shell/NoBridgePage';
import { markLinkOpen, trackConnection } from './stores/connection';
import './shell/shell.css';

// Follow the link before the bridge exists: the WebSocket bridge reports 'connecting' as it is built.
trackConnection();
const transport = installBridge();
if (transport === 'electron') markLinkOpen();

createRoot(document.getElementById('root')!).render(
  <StrictMode>{transport ? <AppRoot /> : <NoBridgePage />}</StrictMode>,
);
