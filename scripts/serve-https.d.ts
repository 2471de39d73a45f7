// Types for scripts/serve-https.js (plain Node script; used by the tests and the deployment docs).
import type { Server } from "node:https";

export interface ServeOptions {
  dir?: string;
  port?: number;
  host?: string;
  cert?: string | null;
  key?: string | null;
  devCerts?: boolean;
  certDir?: string | null;
}

export interface ServeHandle {
  url: string;
  port: number;
  dir: string;
  certFile: string;
  keyFile: string;
  server: Server;
  close(): Promise<void>;
}

export function serve(options?: ServeOptions): Promise<ServeHandle>;
export function parseArgs(argv: string[]): Required<ServeOptions> & { help?: boolean };
export function selfSignedCertificate(certDir: string): { certFile: string; keyFile: string; generated: boolean };
export function cacheControl(file: string): string;
