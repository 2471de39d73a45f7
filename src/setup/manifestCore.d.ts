/** Types of manifestCore.js (plain JS: it is also required by webpack.config.js). */
export declare const DEV_ID: string;
export declare const ID_NAMESPACE: string;
export declare function normalizeBase(url: string): string;
export declare function addinIdFor(url: string): string;
export declare function manifestFor(template: string, url: string): string;
export declare function manifestVersion(xml: string): string | undefined;
export declare function uuidV5(namespace: string, name: string): string;
export declare function sha1Hex(text: string): string;
export declare const PLACEHOLDER_URL: string;
