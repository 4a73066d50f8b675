import type { Analysis, AnalyzeOptions } from './quelle';
export { QuelleError } from './quelle';

export class QuelleClient {
  constructor(options?: { workerUrl?: string | URL; modelBaseUrl?: string });
  lastModelLoaded: boolean;
  analyze(text: string, options?: AnalyzeOptions, call?: { onProgress?: (stage: string) => void }): Promise<Analysis>;
  cancel(): void;
  terminate(): void;
}
