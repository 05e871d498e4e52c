import type { AuthorBio } from '../../../preload/api/index.ts';

/** The author's bio, set apart at the end of the piece as a card. */
export function AuthorBioCard({ bio }: { bio: AuthorBio }) {
  const paragraphs = bio.text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const initials = bio.name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0])
    .slice(0, 2)
    .join('');
  return (
    <aside className="author-bio" aria-label={`About ${bio.name}`} data-testid="author-bio">
      <div className="author-avatar" aria-hidden="true">{initials}</div>
      <div>
        <p className="author-eyebrow">About the author</p>
        <h2 className="author-name">{bio.name}</h2>
        {paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
    </aside>
  );
}
