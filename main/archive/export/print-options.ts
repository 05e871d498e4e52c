import type { MarginSize, PaperSize } from '../../../preload/api/index.ts';

export interface PrintOptions {
  paper: PaperSize;
  /** 'normal' when not given. */
  margins?: MarginSize;
  /** Saves ink: no background fills, lighter rules. */
  lightInk?: boolean;
}
