import type { Quotation } from '../../../preload/api/index.ts';

/** Scrolls to a body paragraph and flashes it, so the eye finds the quote. */
function jumpToParagraph(index: number): void {
  const target = document.getElementById(`reader-p-${index}`);
  if (!target) return;
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  target.classList.remove('is-flashing');
  void target.offsetWidth; // restart the animation when the same paragraph is picked twice
  target.classList.add('is-flashing');
  window.setTimeout(() => target.classList.remove('is-flashing'), 1600);
}

const MAX_SHOWN_CHARS = 160;

/** Who is quoted and what they said; a click jumps to the quote in the text. */
export function QuotedList({ quotes }: { quotes: Quotation[] }) {
  if (quotes.length === 0) return null;
  return (
    <section className="reader-quoted" aria-label="Quoted" data-testid="reader-quoted">
      <h2 className="reader-aside-title">Quoted</h2>
      <ul>
        {quotes.map((quote, i) => (
          <li key={i}>
            <button type="button" onClick={() => jumpToParagraph(quote.paragraph)} data-testid="quoted-item" data-paragraph={quote.paragraph}>
              <span className="quoted-speaker">{quote.speaker ?? 'Unattributed'}</span>
              <span className="quoted-text">“{quote.text.length > MAX_SHOWN_CHARS ? `${quote.text.slice(0, MAX_SHOWN_CHARS).trimEnd()}…` : quote.text}”</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
