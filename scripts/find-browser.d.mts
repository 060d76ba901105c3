export declare const HOW_TO_GET_ONE: string;
export declare const CHROMIUM_ARGS: string[];
export declare function findBrowser(env?: NodeJS.ProcessEnv): Promise<{ path: string; source: string } | null>;
export declare function browserVersion(path: string): string;
