/** The one way the engine reaches the network (and, in the console, local files). */
export interface FetchOptions {
  /** What the caller will accept; anything else is refused with a clear reason. */
  accept: 'html' | 'feed' | 'any';
  /** Extra request headers, e.g. If-None-Match / If-Modified-Since for feeds. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface FetchedText {
  /** Final URL after redirects. */
  url: string;
  status: number;
  contentType: string;
  headers: Record<string, string>;
  /** '' for 304 Not Modified. */
  body: string;
}

export interface Fetcher {
  fetchText(url: string, options: FetchOptions): Promise<FetchedText>;
}
