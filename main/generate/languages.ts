/**
 * Real sentences in the archive's other languages. Bodies are drawn from these, so language
 * detection at import, the per-language Lunr pipelines and CJK word finding are tested against
 * genuine text, not transliterated noise.
 */

export interface LanguageText {
  /** ISO 639-1 code. */
  code: string;
  titles: readonly string[];
  sentences: readonly string[];
  /** How a byline's source is introduced in the original text ("By", "Par", "Por"). */
  by: string;
  /** Outlets that publish in this language. */
  outlets: readonly { name: string; domain: string }[];
}

export const FOREIGN_LANGUAGES: readonly LanguageText[] = [
  {
    code: 'ko',
    outlets: [{ name: '조선일보', domain: 'chosun.com' }, { name: '한겨레', domain: 'hani.co.kr' }, { name: '연합뉴스', domain: 'yna.co.kr' }],
    by: '기자',
    titles: ['북한, 동해상으로 탄도미사일 발사', '서울 아파트 가격 다시 상승세', '한국은행 기준금리 동결 결정', '남북 이산가족 상봉 재개 논의', '반도체 수출 두 달 연속 증가'],
    sentences: [
      '북한이 오늘 오전 동해상으로 단거리 탄도미사일을 발사했다고 합동참모본부가 밝혔다.',
      '정부는 국가안전보장회의를 긴급 소집해 대응 방안을 논의했다.',
      '서울의 아파트 매매 가격이 석 달 만에 다시 오르기 시작했다.',
      '전문가들은 금리 인하 기대감이 시장에 반영된 결과라고 분석했다.',
      '한국은행은 물가 상승률이 여전히 목표치를 웃돌고 있다고 설명했다.',
      '이산가족 상봉 행사는 금강산에서 열릴 예정이라고 통일부가 전했다.',
      '반도체 수출은 지난달보다 크게 늘어 무역수지 흑자를 이끌었다.',
      '대통령은 기자회견에서 경제 회복이 최우선 과제라고 강조했다.',
      '국회는 내년도 예산안을 두고 여야 간 협상을 이어가고 있다.',
      '부산항의 컨테이너 물동량은 역대 최고치를 기록했다.',
      '시민단체들은 정부의 에너지 정책에 대해 우려를 표명했다.',
      '기상청은 이번 주말 전국에 많은 비가 내릴 것으로 예보했다.',
    ],
  },
  {
    code: 'zh',
    outlets: [{ name: '人民日报', domain: 'people.com.cn' }, { name: '财新', domain: 'caixin.com' }, { name: '明报', domain: 'mingpao.com' }],
    by: '记者',
    titles: ['国务院发布稳增长新措施', '上海港集装箱吞吐量创新高', '央行宣布下调存款准备金率', '新能源汽车出口持续增长', '香港立法会通过新法案'],
    sentences: [
      '国家统计局今天公布的数据显示，第三季度经济同比增长百分之四点九。',
      '专家认为，消费需求的恢复仍然需要更多政策支持。',
      '上海港的集装箱吞吐量连续第十四年位居世界第一。',
      '中国人民银行表示，将保持货币政策的连续性和稳定性。',
      '新能源汽车的出口量比去年同期增长了一倍以上。',
      '外交部发言人在例行记者会上回答了有关问题。',
      '香港特区政府表示，新法律将有助于维护社会稳定。',
      '多地出台措施支持房地产市场平稳健康发展。',
      '科学家在南极考察中发现了新的冰川变化证据。',
      '今年夏天，长江流域遭遇了罕见的高温和干旱天气。',
      '两国领导人就双边关系和共同关心的国际问题交换了意见。',
      '工厂负责人说，订单已经排到了明年三月。',
    ],
  },
  {
    code: 'ja',
    outlets: [{ name: '朝日新聞', domain: 'asahi.com' }, { name: '日本経済新聞', domain: 'nikkei.com' }],
    by: '記者',
    titles: ['日銀、大規模緩和を維持', '東京株式市場、日経平均が反落', '政府、防衛費の増額を決定', '福島第一原発の処理水放出始まる'],
    sentences: [
      '日本銀行は金融政策決定会合で大規模な金融緩和を維持することを決めた。',
      '東京株式市場では日経平均株価が前日比で三百円以上値下がりした。',
      '政府は来年度の防衛費を大幅に増やす方針を閣議決定した。',
      '福島第一原子力発電所の処理水の海洋放出が始まった。',
      '専門家は円安が家計に与える影響を注視する必要があると指摘した。',
      '沖縄では米軍基地の移設をめぐって抗議活動が続いている。',
      '首相は記者団に対し、経済対策を速やかに実行すると述べた。',
      '気象庁は大型の台風が週末に九州に接近するおそれがあると発表した。',
    ],
  },
  {
    code: 'ru',
    outlets: [{ name: 'Коммерсантъ', domain: 'kommersant.ru' }, { name: 'Ведомости', domain: 'vedomosti.ru' }],
    by: 'Автор:',
    titles: ['Центробанк сохранил ключевую ставку', 'Газпром сократил поставки в Европу', 'Госдума приняла закон о бюджете', 'Рубль укрепился к доллару'],
    sentences: [
      'Центральный банк России сохранил ключевую ставку на прежнем уровне.',
      'Аналитики ожидают, что инфляция замедлится к концу года.',
      'Газпром сообщил о сокращении поставок газа по трубопроводу.',
      'Государственная дума приняла в первом чтении проект федерального бюджета.',
      'Министр иностранных дел встретился с коллегой в Москве.',
      'По словам экспертов, санкции заметно повлияли на импорт оборудования.',
      'Курс рубля укрепился на фоне роста цен на нефть.',
      'Власти Сибири объявили режим чрезвычайной ситуации из-за лесных пожаров.',
      'Оппозиционные политики призвали к проведению независимого расследования.',
      'Жители города вышли на улицы, чтобы выразить свое несогласие.',
    ],
  },
  {
    code: 'fr',
    outlets: [{ name: 'Le Monde', domain: 'lemonde.fr' }, { name: 'Le Figaro', domain: 'lefigaro.fr' }, { name: 'Libération', domain: 'liberation.fr' }],
    by: 'Par',
    titles: ['Le gouvernement présente son budget pour l’année prochaine', 'Grève nationale dans les transports', 'La Banque centrale européenne relève ses taux', 'Sommet sur le climat à Paris'],
    sentences: [
      'Le gouvernement a présenté mercredi un projet de budget qui prévoit une baisse des dépenses publiques.',
      'Les syndicats ont appelé à une nouvelle journée de grève dans les transports.',
      'La Banque centrale européenne a décidé de relever ses taux directeurs.',
      'Selon les économistes, la croissance devrait ralentir au cours des prochains mois.',
      'Le ministre des affaires étrangères s’est rendu à Séoul pour rencontrer son homologue.',
      'Les négociations sur le climat se poursuivent malgré de profondes divergences.',
      'Les habitants de la région craignent une nouvelle hausse des prix de l’énergie.',
      'Le président a promis des mesures pour soutenir les agriculteurs touchés par la sécheresse.',
      'Plusieurs milliers de personnes ont manifesté dans les rues de la capitale.',
      'L’entreprise a annoncé la fermeture de deux usines et la suppression de mille emplois.',
    ],
  },
  {
    code: 'es',
    outlets: [{ name: 'El País', domain: 'elpais.com' }, { name: 'Clarín', domain: 'clarin.com' }, { name: 'La Vanguardia', domain: 'lavanguardia.com' }],
    by: 'Por',
    titles: ['El banco central mantiene los tipos de interés', 'Protestas masivas en la capital', 'El Gobierno aprueba la reforma laboral', 'Crece la exportación de litio'],
    sentences: [
      'El banco central decidió mantener los tipos de interés sin cambios este mes.',
      'Miles de personas se manifestaron en el centro de la capital contra la reforma.',
      'El Gobierno aprobó una reforma laboral que busca reducir la temporalidad.',
      'Según los analistas, la inflación seguirá bajando durante el próximo trimestre.',
      'Las exportaciones de litio crecieron con fuerza gracias a la demanda asiática.',
      'El ministro de Economía defendió el presupuesto ante el Congreso.',
      'Los agricultores denuncian que la sequía ha destruido buena parte de la cosecha.',
      'La empresa anunció una inversión de mil millones de dólares en energías renovables.',
      'Los vecinos del barrio pidieron más seguridad tras una ola de robos.',
      'El presidente viajará a Asia para reforzar los lazos comerciales con la región.',
    ],
  },
  {
    code: 'de',
    outlets: [{ name: 'Der Spiegel', domain: 'spiegel.de' }, { name: 'Süddeutsche Zeitung', domain: 'sueddeutsche.de' }],
    by: 'Von',
    titles: ['Bundestag beschließt neues Energiegesetz', 'Europäische Zentralbank erhöht den Leitzins', 'Autoindustrie kämpft mit Chipmangel'],
    sentences: [
      'Der Bundestag hat am Donnerstag ein neues Gesetz zur Energieversorgung beschlossen.',
      'Die Europäische Zentralbank hat den Leitzins erneut angehoben.',
      'Nach Angaben der Regierung sollen die Gaspreise im Winter stabil bleiben.',
      'Die deutsche Autoindustrie leidet weiterhin unter dem Mangel an Halbleitern.',
      'Wirtschaftsforscher erwarten für das kommende Jahr ein schwaches Wachstum.',
      'Tausende Menschen demonstrierten in Berlin für mehr Klimaschutz.',
      'Der Außenminister reiste zu Gesprächen nach Peking und Tokio.',
      'Die Gewerkschaft fordert deutlich höhere Löhne für die Beschäftigten.',
    ],
  },
];

/** Share of clippings in a language other than English. */
export const FOREIGN_SHARE = 0.1;
