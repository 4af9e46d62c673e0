import { createRoot } from 'react-dom/client';
import { installBridge, invoke } from './ipc/client';

installBridge();
const root = createRoot(document.getElementById('root')!);
invoke('app.info').then(
  (info) => root.render(<pre>{JSON.stringify(info, null, 2)}</pre>),
  (err: Error) => root.render(<pre>{err.message}</pre>),
);
