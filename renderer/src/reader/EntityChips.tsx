import type { NamedEntities } from '../../../preload/api/index.ts';

const GROUPS: { key: keyof NamedEntities; label: string }[] = [
  { key: 'people', label: 'People' },
  { key: 'places', label: 'Places' },
  { key: 'organizations', label: 'Organisations' },
];

/** The search that finds clippings naming an entity: the name as an exact phrase. */
function entityQuery(name: string): string {
  return `"${name.replace(/"/g, '')}"`;
}

/** People, places and organisations the clipping names; a chip shows the library's clippings naming it. */
export function EntityChips({ entities, onSearch }: { entities: NamedEntities; onSearch(text: string): void }) {
  const groups = GROUPS.filter((g) => entities[g.key].length > 0);
  if (groups.length === 0) return null;
  return (
    <section className="reader-entities" aria-label="Named in this clipping" data-testid="reader-entities">
      {groups.map((group) => (
        <div key={group.key} className="entity-group">
          <h2 className="reader-aside-title">{group.label}</h2>
          <ul>
            {entities[group.key].map((name) => (
              <li key={name}>
                <button
                  type="button"
                  className={`entity-chip entity-${group.key}`}
                  onClick={() => onSearch(entityQuery(name))}
                  title={`Show clippings naming ${name}`}
                  data-testid="entity-chip"
                >
                  {name}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
