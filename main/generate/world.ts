/**
 * The world a generated archive is about: outlets, people, and a tree of topics. Each topic
 * carries its own words, places and headline patterns, so clippings on one topic resemble each
 * other (as "more like this" and facets expect) and a tag path like "korea/north" means something.
 */

export interface Outlet {
  name: string;
  domain: string;
}

export const OUTLETS: readonly Outlet[] = [
  { name: 'The Korea Herald', domain: 'koreaherald.com' },
  { name: 'The Guardian', domain: 'theguardian.com' },
  { name: 'The New York Times', domain: 'nytimes.com' },
  { name: 'The Washington Post', domain: 'washingtonpost.com' },
  { name: 'Financial Times', domain: 'ft.com' },
  { name: 'The Japan Times', domain: 'japantimes.co.jp' },
  { name: 'South China Morning Post', domain: 'scmp.com' },
  { name: 'The Straits Times', domain: 'straitstimes.com' },
  { name: 'Le Monde', domain: 'lemonde.fr' },
  { name: 'El País', domain: 'elpais.com' },
  { name: 'Der Spiegel', domain: 'spiegel.de' },
  { name: 'The Hindu', domain: 'thehindu.com' },
  { name: 'Sydney Morning Herald', domain: 'smh.com.au' },
  { name: 'The Globe and Mail', domain: 'theglobeandmail.com' },
  { name: 'Los Angeles Times', domain: 'latimes.com' },
  { name: 'The Christian Science Monitor', domain: 'csmonitor.com' },
  { name: 'Asia Times', domain: 'asiatimes.com' },
  { name: 'The Diplomat', domain: 'thediplomat.com' },
  { name: 'Nikkei Asia', domain: 'asia.nikkei.com' },
  { name: 'The Moscow Times', domain: 'themoscowtimes.com' },
  { name: 'Al Jazeera', domain: 'aljazeera.com' },
  { name: 'Deutsche Welle', domain: 'dw.com' },
  { name: 'The Irish Times', domain: 'irishtimes.com' },
  { name: 'The Economist', domain: 'economist.com' },
  { name: 'Chicago Tribune', domain: 'chicagotribune.com' },
  { name: 'The Boston Globe', domain: 'bostonglobe.com' },
  { name: 'Hankyoreh', domain: 'hani.co.kr' },
  { name: 'JoongAng Daily', domain: 'koreajoongangdaily.joins.com' },
  { name: 'Caixin', domain: 'caixinglobal.com' },
  { name: 'Kommersant', domain: 'kommersant.ru' },
  { name: 'Le Figaro', domain: 'lefigaro.fr' },
  { name: 'La Vanguardia', domain: 'lavanguardia.com' },
  { name: 'Clarín', domain: 'clarin.com' },
  { name: 'The Jakarta Post', domain: 'thejakartapost.com' },
  { name: 'Bangkok Post', domain: 'bangkokpost.com' },
  { name: 'Dawn', domain: 'dawn.com' },
];

/** Wire services: their stories run, lightly edited, under many outlets' names. */
export const WIRES: readonly string[] = ['Associated Press', 'Reuters', 'Agence France-Presse', 'Yonhap', 'Bloomberg'];

export const PHOTO_AGENCIES: readonly string[] = ['AP Photo', 'Reuters', 'AFP/Getty Images', 'Yonhap', 'EPA', 'Bloomberg', 'Getty Images'];

export const FIRST_NAMES: readonly string[] = (
  'James Mary John Patricia Robert Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph Jessica ' +
  'Thomas Sarah Charles Karen Daniel Nancy Matthew Lisa Anthony Betty Mark Sandra Steven Ashley Paul Emily Andrew ' +
  'Kimberly Joshua Donna Kenneth Michelle Kevin Carol Brian Amanda George Melissa Timothy Deborah Ronald Stephanie ' +
  'Jason Rebecca Edward Laura Jeffrey Helen Ryan Sharon Jacob Cynthia Gary Kathleen Nicholas Amy Eric Anna Jonathan ' +
  'Min-jun Ji-woo Seo-yeon Hyun-woo Soo-jin Jae-hyun Wei Fang Lei Xiu Yuki Haruto Sakura Kenji Olga Dmitri Natalia ' +
  'Sergei Camille Julien Élodie Mathieu Lucía Javier Carmen Alejandro Priya Rahul Aisha Omar Ingrid Lars Fatima Tomás'
).split(' ');

export const LAST_NAMES: readonly string[] = (
  'Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Wilson Anderson Thomas ' +
  'Taylor Moore Jackson Martin Lee Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott ' +
  'Green Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Parker Collins Edwards ' +
  'Kim Park Choi Jung Kang Cho Yoon Jang Lim Han Wang Li Zhang Liu Chen Yang Huang Zhao Tanaka Suzuki Sato Watanabe ' +
  'Ivanov Petrova Smirnov Volkova Dubois Laurent Moreau Lefebvre Fernández González Sánchez Pérez Gupta Sharma Khan ' +
  'Ahmed Hansen Nielsen Schmidt Müller Novak Kowalski Rossi Bianchi Silva Santos Jannuzi Okafor Mensah Haddad'
).split(' ');

export const BEATS: readonly string[] = [
  'diplomacy', 'energy markets', 'the Korean Peninsula', 'climate policy', 'trade and economics', 'technology',
  'public health', 'security affairs', 'East Asia', 'European politics', 'Latin America', 'business and finance',
];

export interface Topic {
  /** Tag path, "/" between levels: "korea/north". */
  tag: string;
  words: readonly string[];
  places: readonly string[];
  /** Headline patterns: {place}, {word}, {Word} are filled in. */
  headlines: readonly string[];
}

const w = (text: string): string[] => text.split(' ');

export const TOPICS: readonly Topic[] = [
  { tag: 'korea/north', words: w('Pyongyang missile nuclear sanctions regime Kim launch defectors enrichment warhead demilitarized'), places: w('Pyongyang Yongbyon Sinuiju Kaesong'), headlines: ['North Korea fires {word} as {place} raises stakes', 'Defectors describe {word} inside {place}', 'Sanctions tighten on {place} over {word} program'] },
  { tag: 'korea/south', words: w('Seoul Blue House chaebol Samsung Hyundai assembly impeachment conglomerate won Busan'), places: w('Seoul Busan Incheon Daegu Gwangju'), headlines: ['{place} lawmakers clash over {word} reform', 'South Korea weighs {word} as {place} votes', 'Chaebol {word} probe widens in {place}'] },
  { tag: 'korea/reunification', words: w('reunification summit inter-Korean family reunions Panmunjom armistice dialogue border liaison'), places: w('Panmunjom Kaesong Seoul Pyongyang'), headlines: ['Inter-Korean {word} resumes at {place}', 'Hopes for {word} fade after {place} talks', 'Families wait for {word} at {place}'] },
  { tag: 'energy/oil', words: w('crude barrels OPEC refinery pipeline drilling output Brent shale tanker'), places: w('Riyadh Houston Vienna Basra Aberdeen'), headlines: ['Oil prices {word} as {place} signals cuts', 'OPEC meets in {place} amid {word} glut', '{Word} slump hits {place} producers'] },
  { tag: 'energy/gas', words: w('LNG pipeline terminal gas supplies Gazprom storage winter cargoes liquefied'), places: w('Qatar Rotterdam Vladivostok Gdansk Darwin'), headlines: ['Gas {word} from {place} eases winter fears', 'New LNG {word} opens near {place}', '{Place} pipeline {word} stalls'] },
  { tag: 'energy/nuclear', words: w('reactor uranium plutonium Fukushima meltdown decommissioning radiation enrichment IAEA atomic'), places: w('Fukushima Chernobyl Zaporizhzhia Kori Sellafield'), headlines: ['{Word} concerns grow at {place} plant', 'IAEA inspectors return to {place}', 'Reactor {word} delayed near {place}'] },
  { tag: 'climate', words: w('emissions warming carbon glaciers heatwave drought adaptation Paris accord temperatures'), places: w('Glasgow Paris Dubai Bonn Greenland'), headlines: ['Climate talks in {place} stall over {word}', 'Record {word} tests {place}', 'Scientists warn of {word} after {place} summit'] },
  { tag: 'economy/trade', words: w('tariffs exports imports WTO deficit surplus customs quotas supply chains containers'), places: w('Geneva Shanghai Rotterdam Singapore Busan'), headlines: ['Tariff {word} rattles {place} exporters', 'Trade {word} narrows as {place} ships more', 'WTO rules on {word} dispute in {place}'] },
  { tag: 'economy/markets', words: w('stocks bonds yields index rally selloff investors Nasdaq Kospi Nikkei'), places: w('Tokyo London Frankfurt Seoul Hong Kong'), headlines: ['Markets {word} as {place} traders react', '{Place} shares slide on {word} fears', 'Investors flee {word} in {place}'] },
  { tag: 'economy/central-banks', words: w('interest rates inflation Fed ECB monetary tightening easing governor currency'), places: w('Washington Frankfurt Tokyo Seoul Beijing'), headlines: ['Central bank in {place} holds {word}', 'Rate {word} surprises {place}', '{Place} governor warns on {word}'] },
  { tag: 'china/politics', words: w('Beijing Politburo Xi congress provincial cadres censorship Communist reform Zhongnanhai'), places: w('Beijing Shanghai Chongqing Guangzhou Wuhan'), headlines: ['Beijing tightens {word} before party congress', '{Place} officials purged in {word} drive', 'Xi pushes {word} at {place} meeting'] },
  { tag: 'china/hong-kong', words: w('Hong Kong protests legislature security law democracy activists Kowloon umbrella harbour'), places: w('Hong Kong Kowloon Wan Chai Central'), headlines: ['Hong Kong {word} ruling draws crowds in {place}', 'Activists in {place} defy {word}', '{Word} law reshapes {place}'] },
  { tag: 'japan', words: w('Tokyo Diet yen shinkansen Abe constitution pacifist Okinawa bases earthquake'), places: w('Tokyo Osaka Okinawa Hiroshima Sendai'), headlines: ['Japan debates {word} after {place} vote', '{Place} prepares for {word}', 'Tokyo and {place} split over {word}'] },
  { tag: 'russia', words: w('Kremlin Moscow Duma oligarchs sanctions ruble Putin gas opposition Siberia'), places: w('Moscow Saint Petersburg Novosibirsk Kaliningrad'), headlines: ['Kremlin answers {word} with {place} move', '{Place} braces for {word}', 'Duma passes {word} law in {place}'] },
  { tag: 'europe/eu', words: w('Brussels commission eurozone parliament directive Brexit member states summit bloc'), places: w('Brussels Strasbourg Luxembourg Berlin Paris'), headlines: ['EU leaders in {place} split on {word}', 'Brussels unveils {word} plan', 'Bloc {word} talks drag on in {place}'] },
  { tag: 'americas/latin-america', words: w('Brasília Buenos Aires peso election cartel Amazon mining lithium remittances'), places: w('Buenos Aires Bogotá Caracas Lima Santiago'), headlines: ['{Place} votes amid {word} crisis', 'Lithium {word} reshapes {place}', '{Word} protests spread to {place}'] },
  { tag: 'technology', words: w('semiconductors chips smartphone startup algorithm artificial intelligence cloud batteries platform'), places: w('Silicon Valley Shenzhen Hsinchu Pangyo Bangalore'), headlines: ['Chip {word} shortage hits {place}', '{Place} startups bet on {word}', 'Regulators probe {word} giant in {place}'] },
  { tag: 'health', words: w('pandemic vaccine hospitals infections quarantine WHO epidemic clinics masks variant'), places: w('Geneva Wuhan Daegu Lagos Delhi'), headlines: ['{Word} cases climb in {place}', 'Hospitals in {place} strained by {word}', 'WHO warns {place} on {word}'] },
];
