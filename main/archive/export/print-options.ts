import type { PaperSize } from '../../../preload/api.ts';

export interface PrintOptions {
  paper: PaperSize;
}
