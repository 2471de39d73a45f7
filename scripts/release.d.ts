/** Types of release.js (a plain Node script). */
export interface ReleaseOptions {
  from?: string;
  out: string;
}
export interface ReleaseResult {
  zipPath: string;
  version: string;
  sha256: string;
  bytes: number;
  files: number;
}
export declare function release(opts: ReleaseOptions): Promise<ReleaseResult>;
export declare function parseArgs(argv: string[]): ReleaseOptions & { help?: boolean };
export declare function checkVersions(): string;
export declare const REQUIRED: string[];
