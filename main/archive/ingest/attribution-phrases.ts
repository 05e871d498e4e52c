/**
 * How each language says who is speaking around a quotation: its speech verbs ("said", "a
 * déclaré", "dijo", "sagte", "disse"), its "according to" ("selon", "según", "so", "segundo"),
 * the articles that open a noun-phrase speaker ("the spokesman", "le ministre", "der Sprecher"),
 * the pronouns that name nobody, and the words that end a speaker and start a clause. quotes.ts
 * turns one of these into patterns; a language not listed here is read with the English table.
 */

export interface AttributionPhrases {
  /** Speech verbs as a regex alternation (verb phrases allowed: "a déclaré"). */
  verbs: string;
  /** "according to" and its kin, before a speaker. */
  according: string;
  /** Words opening a noun-phrase speaker ("the former official", "la porte-parole"). */
  determiners: string;
  /** Pronouns: a speaker who is only one of these is not named. */
  pronouns: string;
  /** Words after which a speaker's name is over and a clause begins ("who", "lors", "am"). */
  clauseStarts: string;
  /** "said Merkel:" before a quote (verb first): usual in German, Spanish, Portuguese and French. */
  verbFirstBefore: boolean;
  /** "—No iremos —dijo el alcalde—." : a dialogue dash opens the quote and the attribution. */
  dashDialogue: boolean;
}

/** Lower-case particles inside names: "Charles de Gaulle", "Ursula von der Leyen", "Luiz Inácio da Silva". */
export const NAME_PARTICLES = 'de|del|de la|des|du|da|das|do|dos|di|van|von|von der|der|den|ter|bin|al|el|la|le|y|e';

const ENGLISH: AttributionPhrases = {
  verbs: 'said|says|told|added|adds|explained|noted|wrote|writes|asked|argued|insisted|warned|recalled|replied|continued|declared|stated|tweeted',
  according: 'according\\s+to',
  determiners: 'the|a|an|one|another|his|her|their',
  pronouns: 'he|she|they|it|we|i|you|this|that|there',
  clauseStarts: 'who|which|that|in|on|at|during|after|before|would|could|will|has|had|have|may|might|must|should',
  verbFirstBefore: false,
  dashDialogue: false,
};

const FRENCH_PARTICIPLES = 'conclu|demandé|déclaré|dit|affirmé|expliqué|ajouté|souligné|indiqué|précisé|estimé|assuré|confié|raconté|lancé|martelé|insisté|reconnu|averti|prévenu|répondu|poursuivi|écrit|annoncé|rappelé|jugé|dénoncé';
const FRENCH: AttributionPhrases = {
  verbs: `(?:a|avait|ont|avaient)\\s+(?:${FRENCH_PARTICIPLES})|déclare|dit|affirme|explique|ajoute|souligne|indique|précise|estime|assure|confie|raconte|lance|martèle|insiste|reconnaît|avertit|prévient|répond|poursuit|écrit|annonce|rappelle|juge|dénonce|déclarait|disait|expliquait|affirmait`,
  according: 'selon|d[’\']après',
  determiners: 'le|la|les|un|une|son|sa|ses|leur|cet|cette|ce',
  pronouns: 'il|elle|ils|elles|on|je|nous|vous|tu',
  clauseStarts: 'qui|lors|dans|devant|après|avant|pendant|sur|à|au|aux|en|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche',
  verbFirstBefore: true,
  dashDialogue: false,
};

const SPANISH: AttributionPhrases = {
  verbs: '(?:ha|había|han)\\s+(?:dicho|afirmado|declarado|explicado|asegurado|señalado|indicado|añadido|agregado|advertido|subrayado|reconocido)|dijo|contó|preguntó|recordó|concluyó|afirmó|declaró|explicó|aseguró|señaló|indicó|añadió|agregó|comentó|sostuvo|advirtió|manifestó|subrayó|destacó|reconoció|insistió|respondió|escribió|apuntó|precisó|dice|afirma|asegura|explica|señala|añade|agrega|sostiene|advierte|comenta',
  according: 'según|de\\s+acuerdo\\s+con',
  determiners: 'el|la|los|las|un|una|su|sus|este|esta',
  pronouns: 'él|ella|ellos|ellas|yo|nosotros|usted|ustedes',
  clauseStarts: 'que|quien|en|durante|tras|ante|a|al|desde|este|el\\s+pasado',
  verbFirstBefore: true,
  dashDialogue: true,
};

const GERMAN: AttributionPhrases = {
  verbs: 'sagte|sagt|sagten|fragte|mahnte|erläuterte|bekräftigte|erklärte|erklärt|betonte|betont|meinte|meint|schrieb|schreibt|warnte|warnt|fügte|ergänzte|ergänzt|berichtete|berichtet|kritisierte|kritisiert|forderte|fordert',
  according: 'so|laut|nach\\s+Angaben\\s+von',
  determiners: 'der|die|das|ein|eine|einer|sein|seine|ihr|ihre',
  pronouns: 'er|sie|es|wir|ich|man|ihr|du',
  clauseStarts: 'am|im|in|bei|nach|vor|auf|gegenüber|während|zu|zum|zur|und|dem|den',
  verbFirstBefore: true,
  dashDialogue: false,
};

const PORTUGUESE: AttributionPhrases = {
  verbs: 'disse|falou|perguntou|lembrou|concluiu|afirmou|declarou|explicou|acrescentou|ressaltou|destacou|observou|comentou|garantiu|avaliou|completou|contou|alertou|defendeu|admitiu|respondeu|escreveu|diz|afirma|explica|garante|avalia|ressalta|destaca|acrescenta',
  according: 'segundo|de\\s+acordo\\s+com|conforme',
  determiners: 'o|a|os|as|um|uma|seu|sua',
  pronouns: 'ele|ela|eles|elas|eu|nós|você|vocês',
  clauseStarts: 'que|quem|em|no|na|nos|nas|durante|após|ao|à|diante|nesta|neste',
  verbFirstBefore: true,
  dashDialogue: true,
};

const BY_LANGUAGE: Record<string, AttributionPhrases> = { en: ENGLISH, fr: FRENCH, es: SPANISH, de: GERMAN, pt: PORTUGUESE };

/** The table for an ISO 639-1 code; English when the language is unknown or not covered. */
export function attributionPhrases(language: string | null | undefined): AttributionPhrases {
  return BY_LANGUAGE[language ?? ''] ?? ENGLISH;
}
