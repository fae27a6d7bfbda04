export function requestPath(
  target: string | undefined,
): { path: string; search: string; status?: undefined } | { status: 400; path?: undefined; search?: undefined };
export function redirectLocation(path: string, search?: string): string;
export function acceptsEncoding(header?: string, coding?: string): boolean;
export function acceptsGzip(header?: string): boolean;
export function acceptsBrotli(header?: string): boolean;
