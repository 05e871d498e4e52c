/**
 * Speakers of quotations in French, Spanish, German and Portuguese, read with the clipping's
 * language; first through findQuotes with the language given, then through parseTextClipping,
 * which detects it.
 */
import { describe, expect, it } from 'vitest';
import { parseTextClipping } from './index.ts';
import { findQuotes } from './quotes.ts';

const speakers = (paragraphs: string[], language: string | null) => findQuotes(paragraphs, new Set(), language).map((q) => [q.speaker, q.text]);

describe('French attributions', () => {
  it('reads « ... », a déclaré X and « ... », selon X after the quote', () => {
    expect(speakers([
      '« Nous ne laisserons pas les agriculteurs seuls face à cette crise », a déclaré Gabriel Attal lors de sa visite dans le Lot-et-Garonne.',
      '« Les stocks de fourrage sont au plus bas depuis dix ans », a dit le président de la chambre d’agriculture.',
      '« La situation reste tendue dans plusieurs départements », selon la préfecture.',
    ], 'fr')).toEqual([
      ['Gabriel Attal', 'Nous ne laisserons pas les agriculteurs seuls face à cette crise'],
      ['le président de la chambre d’agriculture', 'Les stocks de fourrage sont au plus bas depuis dix ans'],
      ['la préfecture', 'La situation reste tendue dans plusieurs départements'],
    ]);
  });

  it('reads X a déclaré : « ... » and Selon X, « ... » before the quote', () => {
    expect(speakers([
      'Interrogé mardi, Bruno Le Maire a déclaré : « Il n’y aura pas de hausse d’impôts cette année. »',
      'Selon l’ambassadeur, « les négociations peuvent encore aboutir avant la fin du mois ».',
    ], 'fr')).toEqual([
      ['Bruno Le Maire', 'Il n’y aura pas de hausse d’impôts cette année.'],
      ['l’ambassadeur', 'les négociations peuvent encore aboutir avant la fin du mois'],
    ]);
  });

  it('ends the speaker at the full stop after the name', () => {
    expect(speakers(['«Pour certains d’entre eux on reste très inquiet», a ajouté Catherine Colonna. Elle accueillait les rescapés à Roissy.'], 'fr')).toEqual([
      ['Catherine Colonna', 'Pour certains d’entre eux on reste très inquiet'],
    ]);
    expect(speakers(['"We expect the first flights to land before dawn," said George W. Bush. He spoke from the ranch.'], 'en')).toEqual([
      ['George W. Bush', 'We expect the first flights to land before dawn'],
    ]);
  });

  it('leaves a pronoun speaker unnamed (« ... », a-t-il ajouté)', () => {
    expect(speakers(['« Nous avons fait tout ce qui était possible pour les familles », a-t-il ajouté devant la presse.'], 'fr')).toEqual([
      [null, 'Nous avons fait tout ce qui était possible pour les familles'],
    ]);
  });
});

describe('Spanish attributions', () => {
  it('reads «...», dijo X; “...”, afirmó X; según X', () => {
    expect(speakers([
      '«Vamos a reconstruir cada casa que se llevó el agua», dijo Pedro Sánchez durante su visita a Valencia.',
      '“No hubo ningún aviso de las autoridades antes de la riada”, afirmó una vecina de Paiporta.',
      '“El caudal del barranco se multiplicó por diez en dos horas”, según la Confederación Hidrográfica del Júcar.',
    ], 'es')).toEqual([
      ['Pedro Sánchez', 'Vamos a reconstruir cada casa que se llevó el agua'],
      ['una vecina de Paiporta', 'No hubo ningún aviso de las autoridades antes de la riada'],
      ['la Confederación Hidrográfica del Júcar', 'El caudal del barranco se multiplicó por diez en dos horas'],
    ]);
  });

  it('reads a dialogue dash: —... —dijo X—. ...', () => {
    expect(speakers(['—No vamos a cerrar el mercado este invierno —dijo el alcalde—. Los comerciantes necesitan trabajar.'], 'es')).toEqual([
      ['el alcalde', 'No vamos a cerrar el mercado este invierno Los comerciantes necesitan trabajar.'],
    ]);
  });

  it('reads Según X, «...» before the quote', () => {
    expect(speakers(['Según la ministra de Hacienda, «el déficit bajará del tres por ciento el próximo año».'], 'es')).toEqual([
      ['la ministra de Hacienda', 'el déficit bajará del tres por ciento el próximo año'],
    ]);
  });
});

describe('German attributions', () => {
  it('reads „...“, sagte X and „...“, so X', () => {
    expect(speakers([
      '„Wir werden die Hilfen für die betroffenen Betriebe verlängern“, sagte Wirtschaftsminister Robert Habeck am Dienstag in Berlin.',
      '„Die Lage an den Deichen bleibt angespannt“, so ein Sprecher des Landkreises.',
      '„Das Hochwasser hat uns alle überrascht“, sagte der Bürgermeister der Gemeinde.',
    ], 'de')).toEqual([
      ['Wirtschaftsminister Robert Habeck', 'Wir werden die Hilfen für die betroffenen Betriebe verlängern'],
      ['ein Sprecher des Landkreises', 'Die Lage an den Deichen bleibt angespannt'],
      ['der Bürgermeister der Gemeinde', 'Das Hochwasser hat uns alle überrascht'],
    ]);
  });

  it('reads X sagte: „...“ and the verb first: Dazu sagte X: „...“', () => {
    expect(speakers([
      'Olaf Scholz sagte: „Niemand wird mit seinen Sorgen allein gelassen.“',
      'Dazu sagte Annalena Baerbock: „Wir stehen fest an der Seite unserer Partner.“',
    ], 'de')).toEqual([
      ['Olaf Scholz', 'Niemand wird mit seinen Sorgen allein gelassen.'],
      ['Annalena Baerbock', 'Wir stehen fest an der Seite unserer Partner.'],
    ]);
  });
});

describe('Portuguese attributions', () => {
  it('reads “...”, disse X; “...”, afirmou X; segundo X', () => {
    expect(speakers([
      '“Vamos investir na recuperação das estradas antes do período de chuvas”, disse o governador Tarcísio de Freitas nesta segunda-feira.',
      '“A inflação de alimentos deve perder força no segundo semestre”, afirmou Gabriel Galípolo em entrevista coletiva.',
      '“O número de queimadas caiu pela metade em relação ao ano passado”, segundo o Instituto Nacional de Pesquisas Espaciais.',
    ], 'pt')).toEqual([
      ['o governador Tarcísio de Freitas', 'Vamos investir na recuperação das estradas antes do período de chuvas'],
      ['Gabriel Galípolo', 'A inflação de alimentos deve perder força no segundo semestre'],
      ['o Instituto Nacional de Pesquisas Espaciais', 'O número de queimadas caiu pela metade em relação ao ano passado'],
    ]);
  });

  it('reads "...", falou X with straight quotes', () => {
    expect(speakers(['"Errei naquela época e não faria de novo", falou Dorival ao programa de domingo.'], 'pt')).toEqual([
      ['Dorival', 'Errei naquela época e não faria de novo'],
    ]);
  });

  it('reads Segundo X, “...” before the quote', () => {
    expect(speakers(['Segundo a ministra da Saúde, “a campanha de vacinação será ampliada para todas as idades”.'], 'pt')).toEqual([
      ['a ministra da Saúde', 'a campanha de vacinação será ampliada para todas as idades'],
    ]);
  });
});

describe('English attributions kept as they were', () => {
  it('keeps a title before the name and drops an auxiliary after a noun phrase', () => {
    expect(speakers([
      'The deal was fragile. “There is no reason to trust the men in charge of the program,” Mr. Halvorsen said on Friday.',
      'A sceptic would have said: “The whole plan rests on a promise nobody has kept before.”',
    ], 'en')).toEqual([
      ['Mr. Halvorsen', 'There is no reason to trust the men in charge of the program'],
      ['a sceptic', 'The whole plan rests on a promise nobody has kept before.'],
    ]);
  });
});

describe('the language decides the words', () => {
  it('does not read a French verb in an English clipping', () => {
    expect(speakers(['"The harvest was the worst in a decade for most farms", a déclaré le ministre.'], 'en')).toEqual([
      [null, 'The harvest was the worst in a decade for most farms'],
    ]);
  });

  it('detects the language of a copied French article and names its speakers', () => {
    const clipping = parseTextClipping([
      'Sécheresse : les agriculteurs du Sud-Ouest réclament des aides',
      '',
      'Par Claire Dumont',
      '',
      'Les exploitants agricoles du Sud-Ouest ont manifesté jeudi devant la préfecture de Toulouse pour réclamer des aides d’urgence face à la sécheresse qui frappe la région depuis le printemps.',
      '',
      '« Nous avons perdu la moitié de nos récoltes et personne ne nous écoute », a déclaré Jean-Pierre Martin, président de la fédération départementale.',
      '',
      'La préfecture a annoncé une réunion avec les représentants de la profession la semaine prochaine, sans préciser le montant des aides envisagées.',
    ].join('\n'));
    expect(clipping.language).toBe('fr');
    expect(clipping.quotes).toEqual([
      { speaker: 'Jean-Pierre Martin', text: 'Nous avons perdu la moitié de nos récoltes et personne ne nous écoute', paragraph: 1 },
    ]);
  });
});
