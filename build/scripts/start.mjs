#!/usr/bin/env node
/**
 * `npm start [-- options]`: builds what is stale, then runs the desktop app.
 *
 *   --headless            the browser host only (prints `Workstation ready: <url>`)
 *   --data-dir DIR        data folder (default: the platform's userData folder)
 *   --port N              browser host port (0 = any free one; ignored by Electron)
 *   --lang zh-CN|en-US    UI language to store at start
 *
 * Without --headless it runs Electron when the runtime is installed (downloading it once
 * if it can) together with better-sqlite3 built for Electron's ABI. When either is not
 * available it says so in one line and starts the browser host instead, which opens a
 * Chromium --app window when it can, else prints the URL. Ctrl-C stops the child cleanly.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { electronExecutable, ROOT, tryInstallElectron } from './electron-runtime.mjs';

const args = process.argv.slice(2);
const node = process.execPath;
const say = (line) => process.stdout.write(`${line}\n`);

function runSync(script, scriptArgs = []) {
  return spawnSync(node, [path.join(ROOT, script), ...scriptArgs], { cwd: ROOT, stdio: 'inherit' }).status ?? 1;
}

/**
 * Runs the child in the foreground and mirrors its exit. Ctrl-C reaches the child directly
 * (same process group); we forward SIGINT/SIGTERM as well for when only we were signalled
 * (the host and Electron both treat a repeated signal as one). A second Ctrl-C while the
 * child is still shutting down kills it.
 */
function runChild(cmd, childArgs, env = process.env) {
  const child = spawn(cmd, childArgs, { cwd: ROOT, stdio: 'inherit', env });
  let signals = 0;
  const forward = (signal) => {
    signals += 1;
    if (child.exitCode === null && child.signalCode === null) child.kill(signals > 1 ? 'SIGKILL' : signal);
  };
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('error', (err) => {
    process.stderr.write(`start: could not run ${cmd}: ${err.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 130 : 1)));
}

/** The browser host takes every option; headless or not is the caller's choice. */
function runHost(hostArgs) {
  runChild(node, [path.join(ROOT, 'dist/electron/host.js'), ...hostArgs]);
}

/** Electron's main reads --data-dir and --lang; --port means nothing to it. */
function electronArgs() {
  const out = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--port') i++;
    else if (!a.startsWith('--port=')) out.push(a);
  }
  return out;
}

const buildStatus = runSync('build/scripts/build.mjs');
if (buildStatus !== 0) process.exit(buildStatus);

if (args.includes('--headless')) {
  runHost(args);
} else {
  const exe = electronExecutable() ?? (tryInstallElectron(60_000) ? electronExecutable() : null);
  if (!exe) {
    say('Electron runtime not installed and could not be downloaded; starting the browser host instead.');
    runHost(args);
  } else if (runSync('build/scripts/electron-native.mjs') !== 0) {
    // electron-native.mjs has said why in its own line.
    say('better-sqlite3 for Electron is not available; starting the browser host instead.');
    runHost(args);
  } else {
    // ELECTRON_RUN_AS_NODE (set by some editors' terminals) would make Electron a plain Node.
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE;
    runChild(exe, ['.', ...electronArgs()], env);
  }
}
