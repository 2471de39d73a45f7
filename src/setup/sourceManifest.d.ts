/** Types of sourceManifest.js (Node only). */
export declare const DEV_URL: string;
export declare function pageTemplate(source: string): string;
export declare function manifestForSource(source: string, url: string): string;
