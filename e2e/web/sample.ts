/** The reference clipping and what the reader must show of it (issue 2). */
export const SAMPLE_PATH = 'assets/sample-voa-choe-ryong-hae-russia.txt';
export const SAMPLE_TITLE = 'US Experts: N. Korean Envoy Sent to Russia to Ease Diplomatic Isolation';
export const SAMPLE_CAPTION_START = "Russian Foreign Minister Sergey Lavrov, right, welcomes North Korea's special envoy Choe Ryong Hae";
export const SAMPLE_AUTHOR = 'Jee Abbey Lee';
export const SAMPLE_BIO_PHRASE = 'Medill School of Journalism at Northwestern University';
