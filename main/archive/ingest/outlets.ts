/**
 * The names of a few hundred of the largest news publications, by the web domain they publish
 * from, so a saved page or a copied address gives its source as the publication calls itself
 * ("The Wall Street Journal", not "wsj.com" or a site_name of "WSJ"). A general table of the
 * biggest outlets by readership across regions and languages, not a list of any test pages; a
 * domain not in it falls back on what the page says of itself.
 */

/** "domain=Name" entries; a subdomain of a listed domain takes its name (edition.cnn.com: CNN). */
const TABLE = `
nytimes.com=The New York Times|washingtonpost.com=The Washington Post|wsj.com=The Wall Street Journal|usatoday.com=USA Today
latimes.com=Los Angeles Times|chicagotribune.com=Chicago Tribune|bostonglobe.com=The Boston Globe|sfchronicle.com=San Francisco Chronicle
sfgate.com=SFGate|nypost.com=New York Post|nydailynews.com=New York Daily News|newsday.com=Newsday|startribune.com=Star Tribune
denverpost.com=The Denver Post|seattletimes.com=The Seattle Times|miamiherald.com=Miami Herald
dallasnews.com=The Dallas Morning News|houstonchronicle.com=Houston Chronicle|chron.com=Houston Chronicle|ajc.com=The Atlanta Journal-Constitution
philly.com=The Philadelphia Inquirer|inquirer.com=The Philadelphia Inquirer|detroitnews.com=The Detroit News|freep.com=Detroit Free Press
azcentral.com=The Arizona Republic|tampabay.com=Tampa Bay Times|orlandosentinel.com=Orlando Sentinel|sun-sentinel.com=South Florida Sun Sentinel
baltimoresun.com=The Baltimore Sun|oregonlive.com=The Oregonian|cleveland.com=Cleveland.com|nj.com=NJ.com|mlive.com=MLive
al.com=AL.com|syracuse.com=Syracuse.com|pennlive.com=PennLive|masslive.com=MassLive|silive.com=SILive.com|nola.com=NOLA.com
timesunion.com=Times Union|mercurynews.com=The Mercury News|sacbee.com=The Sacramento Bee
sandiegouniontribune.com=The San Diego Union-Tribune|ocregister.com=Orange County Register|kansascity.com=The Kansas City Star
star-telegram.com=Fort Worth Star-Telegram|charlotteobserver.com=The Charlotte Observer|newsobserver.com=The News & Observer
jsonline.com=Milwaukee Journal Sentinel|indystar.com=The Indianapolis Star|tennessean.com=The Tennessean|courier-journal.com=Courier Journal
cincinnati.com=The Cincinnati Enquirer|dispatch.com=The Columbus Dispatch|post-gazette.com=Pittsburgh Post-Gazette|stltoday.com=St. Louis Post-Dispatch
desmoinesregister.com=The Des Moines Register|reviewjournal.com=Las Vegas Review-Journal|sltrib.com=The Salt Lake Tribune
hawaii.com=Honolulu Star-Advertiser|staradvertiser.com=Honolulu Star-Advertiser|adn.com=Anchorage Daily News|chicago.suntimes.com=Chicago Sun-Times
suntimes.com=Chicago Sun-Times|villagevoice.com=The Village Voice|observer.com=Observer|thedailybeast.com=The Daily Beast|salon.com=Salon
slate.com=Slate|vox.com=Vox|theverge.com=The Verge|polygon.com=Polygon|eater.com=Eater|curbed.com=Curbed|sbnation.com=SB Nation
recode.net=Recode|theatlantic.com=The Atlantic|citylab.com=CityLab|newyorker.com=The New Yorker|nymag.com=New York Magazine
vanityfair.com=Vanity Fair|wired.com=Wired|arstechnica.com=Ars Technica|gq.com=GQ|vogue.com=Vogue|time.com=Time|fortune.com=Fortune
money.com=Money|newsweek.com=Newsweek|theweek.com=The Week|usnews.com=U.S. News & World Report|nationalreview.com=National Review
thenation.com=The Nation|motherjones.com=Mother Jones|theintercept.com=The Intercept|propublica.org=ProPublica|politico.com=Politico
axios.com=Axios|thehill.com=The Hill|rollcall.com=Roll Call|realclearpolitics.com=RealClearPolitics|washingtonexaminer.com=Washington Examiner
washingtontimes.com=The Washington Times|foxnews.com=Fox News|foxbusiness.com=Fox Business|cnn.com=CNN|msnbc.com=MSNBC
nbcnews.com=NBC News|cbsnews.com=CBS News|abcnews.go.com=ABC News|abcnews.com=ABC News|cnbc.com=CNBC|npr.org=NPR|pbs.org=PBS
bloomberg.com=Bloomberg|reuters.com=Reuters|apnews.com=Associated Press|ap.org=Associated Press|upi.com=UPI|marketwatch.com=MarketWatch
barrons.com=Barron's|businessinsider.com=Business Insider|insider.com=Insider|forbes.com=Forbes|fastcompany.com=Fast Company|inc.com=Inc.
qz.com=Quartz|thestreet.com=TheStreet|fool.com=The Motley Fool|investopedia.com=Investopedia|kiplinger.com=Kiplinger|seekingalpha.com=Seeking Alpha
huffpost.com=HuffPost|huffingtonpost.com=HuffPost|buzzfeed.com=BuzzFeed|buzzfeednews.com=BuzzFeed News|vice.com=Vice|mashable.com=Mashable
techcrunch.com=TechCrunch|venturebeat.com=VentureBeat|engadget.com=Engadget|gizmodo.com=Gizmodo|lifehacker.com=Lifehacker|kotaku.com=Kotaku
jezebel.com=Jezebel|deadspin.com=Deadspin|theroot.com=The Root|cnet.com=CNET|zdnet.com=ZDNet|techradar.com=TechRadar|tomsguide.com=Tom's Guide
tomshardware.com=Tom's Hardware|pcworld.com=PCWorld|pcmag.com=PCMag|macworld.com=Macworld|macrumors.com=MacRumors|9to5mac.com=9to5Mac
androidcentral.com=Android Central|androidauthority.com=Android Authority|digitaltrends.com=Digital Trends
theregister.com=The Register|theregister.co.uk=The Register|computerworld.com=Computerworld
infoworld.com=InfoWorld|ign.com=IGN|gamespot.com=GameSpot|pcgamer.com=PC Gamer|eurogamer.net=Eurogamer|rockpapershotgun.com=Rock Paper Shotgun
space.com=Space.com|livescience.com=Live Science|sciencealert.com=ScienceAlert|scientificamerican.com=Scientific American|newscientist.com=New Scientist
nationalgeographic.com=National Geographic|smithsonianmag.com=Smithsonian Magazine|popsci.com=Popular Science|popularmechanics.com=Popular Mechanics
nature.com=Nature|sciencemag.org=Science|statnews.com=STAT|medicalnewstoday.com=Medical News Today|webmd.com=WebMD|healthline.com=Healthline
espn.com=ESPN|cbssports.com=CBS Sports|si.com=Sports Illustrated|bleacherreport.com=Bleacher Report|theathletic.com=The Athletic
foxsports.com=Fox Sports|nbcsports.com=NBC Sports|yahoo.com=Yahoo|news.yahoo.com=Yahoo News|sports.yahoo.com=Yahoo Sports|finance.yahoo.com=Yahoo Finance
sportsnet.ca=Sportsnet|tsn.ca=TSN|variety.com=Variety|hollywoodreporter.com=The Hollywood Reporter|deadline.com=Deadline|indiewire.com=IndieWire
ew.com=Entertainment Weekly|people.com=People|usmagazine.com=Us Weekly|tmz.com=TMZ|eonline.com=E! News|rollingstone.com=Rolling Stone
billboard.com=Billboard|pitchfork.com=Pitchfork|avclub.com=The A.V. Club|vulture.com=Vulture
bbc.com=BBC News|bbc.co.uk=BBC News|theguardian.com=The Guardian|guardian.co.uk=The Guardian|thetimes.co.uk=The Times|telegraph.co.uk=The Telegraph
independent.co.uk=The Independent|ft.com=Financial Times|economist.com=The Economist|dailymail.co.uk=Daily Mail|mirror.co.uk=Daily Mirror
express.co.uk=Daily Express|thesun.co.uk=The Sun|standard.co.uk=Evening Standard|metro.co.uk=Metro|inews.co.uk=i|cityam.com=City A.M.
newstatesman.com=New Statesman|spectator.co.uk=The Spectator|sky.com=Sky News|news.sky.com=Sky News|itv.com=ITV News|channel4.com=Channel 4 News
scotsman.com=The Scotsman|heraldscotland.com=The Herald|irishtimes.com=The Irish Times|independent.ie=Irish Independent|rte.ie=RTÉ
cbc.ca=CBC News|theglobeandmail.com=The Globe and Mail|nationalpost.com=National Post|thestar.com=Toronto Star|ctvnews.ca=CTV News
globalnews.ca=Global News|macleans.ca=Maclean's|abc.net.au=ABC News|smh.com.au=The Sydney Morning Herald|theage.com.au=The Age
theaustralian.com.au=The Australian|news.com.au=news.com.au|afr.com=Australian Financial Review|nzherald.co.nz=The New Zealand Herald|stuff.co.nz=Stuff
aljazeera.com=Al Jazeera|aljazeera.net=Al Jazeera|rt.com=RT|sputniknews.com=Sputnik|tass.com=TASS|themoscowtimes.com=The Moscow Times
dw.com=Deutsche Welle|france24.com=France 24|euronews.com=Euronews|politico.eu=Politico Europe|voanews.com=Voice of America|rferl.org=Radio Free Europe/Radio Liberty
rfa.org=Radio Free Asia|afp.com=Agence France-Presse|haaretz.com=Haaretz|timesofisrael.com=The Times of Israel|jpost.com=The Jerusalem Post
arabnews.com=Arab News|thenationalnews.com=The National|gulfnews.com=Gulf News|khaleejtimes.com=Khaleej Times|dawn.com=Dawn|tribune.com.pk=The Express Tribune
timesofindia.indiatimes.com=The Times of India|indiatimes.com=The Times of India|hindustantimes.com=Hindustan Times|thehindu.com=The Hindu
indianexpress.com=The Indian Express|ndtv.com=NDTV|livemint.com=Mint|economictimes.indiatimes.com=The Economic Times|deccanherald.com=Deccan Herald
moneycontrol.com=Moneycontrol|business-standard.com=Business Standard|news18.com=News18|firstpost.com=Firstpost|thewire.in=The Wire|scroll.in=Scroll.in
indiatoday.in=India Today|scmp.com=South China Morning Post|straitstimes.com=The Straits Times|channelnewsasia.com=CNA
japantimes.co.jp=The Japan Times|asahi.com=The Asahi Shimbun|mainichi.jp=The Mainichi|nikkei.com=Nikkei|asia.nikkei.com=Nikkei Asia|kyodonews.net=Kyodo News
koreaherald.com=The Korea Herald|koreatimes.co.kr=The Korea Times|koreajoongangdaily.joins.com=Korea JoongAng Daily|yna.co.kr=Yonhap News Agency|en.yna.co.kr=Yonhap News Agency
chosun.com=The Chosun Ilbo|donga.com=The Dong-A Ilbo|hani.co.kr=The Hankyoreh|xinhuanet.com=Xinhua|chinadaily.com.cn=China Daily|globaltimes.cn=Global Times
taipeitimes.com=Taipei Times|bangkokpost.com=Bangkok Post|thejakartapost.com=The Jakarta Post|rappler.com=Rappler|inquirer.net=Philippine Daily Inquirer
mg.co.za=Mail & Guardian|news24.com=News24|iol.co.za=IOL|nation.africa=Nation|premiumtimesng.com=Premium Times|vanguardngr.com=Vanguard|punchng.com=The Punch
lemonde.fr=Le Monde|lefigaro.fr=Le Figaro|liberation.fr=Libération|leparisien.fr=Le Parisien|lesechos.fr=Les Échos|lexpress.fr=L'Express|lepoint.fr=Le Point
nouvelobs.com=L'Obs|francetvinfo.fr=franceinfo|rfi.fr=RFI|20minutes.fr=20 Minutes|ouest-france.fr=Ouest-France|mediapart.fr=Mediapart|lesoir.be=Le Soir
letemps.ch=Le Temps|lapresse.ca=La Presse|ledevoir.com=Le Devoir|spiegel.de=Der Spiegel|zeit.de=Die Zeit|faz.net=Frankfurter Allgemeine Zeitung
sueddeutsche.de=Süddeutsche Zeitung|welt.de=Die Welt|bild.de=Bild|handelsblatt.com=Handelsblatt|tagesschau.de=tagesschau.de|taz.de=taz|heise.de=heise online
stern.de=Stern|focus.de=Focus|n-tv.de=n-tv|derstandard.at=Der Standard|diepresse.com=Die Presse|nzz.ch=Neue Zürcher Zeitung|tagesanzeiger.ch=Tages-Anzeiger
elpais.com=El País|elmundo.es=El Mundo|abc.es=ABC|lavanguardia.com=La Vanguardia|elconfidencial.com=El Confidencial|eldiario.es=elDiario.es|20minutos.es=20minutos
clarin.com=Clarín|lanacion.com.ar=La Nación|infobae.com=Infobae|eluniversal.com.mx=El Universal|milenio.com=Milenio|eltiempo.com=El Tiempo|elcomercio.pe=El Comercio
folha.uol.com.br=Folha de S.Paulo|uol.com.br=UOL|estadao.com.br=O Estado de S. Paulo|oglobo.globo.com=O Globo|g1.globo.com=g1|globo.com=Globo|veja.abril.com.br=Veja
publico.pt=Público|expresso.pt=Expresso|dn.pt=Diário de Notícias|observador.pt=Observador|rtp.pt=RTP|corriere.it=Corriere della Sera|repubblica.it=la Repubblica
lastampa.it=La Stampa|ilsole24ore.com=Il Sole 24 Ore|ansa.it=ANSA|ilfattoquotidiano.it=Il Fatto Quotidiano|nos.nl=NOS|volkskrant.nl=de Volkskrant|nrc.nl=NRC
telegraaf.nl=De Telegraaf|standaard.be=De Standaard|svt.se=SVT Nyheter|dn.se=Dagens Nyheter|aftonbladet.se=Aftonbladet|nrk.no=NRK|aftenposten.no=Aftenposten
politiken.dk=Politiken|dr.dk=DR|yle.fi=Yle|hs.fi=Helsingin Sanomat|gazeta.pl=Gazeta Wyborcza|wyborcza.pl=Gazeta Wyborcza|rp.pl=Rzeczpospolita
idnes.cz=iDNES.cz|hvg.hu=HVG|kathimerini.gr=Kathimerini|hurriyetdailynews.com=Hürriyet Daily News|dailysabah.com=Daily Sabah|kyivindependent.com=The Kyiv Independent
pravda.com.ua=Ukrainska Pravda|meduza.io=Meduza|novayagazeta.ru=Novaya Gazeta|kommersant.ru=Kommersant|ria.ru=RIA Novosti|lenta.ru=Lenta.ru|rbc.ru=RBC
`;

const OUTLETS = new Map<string, string>(
  TABLE.split(/[|\n]/).map((entry) => entry.trim()).filter(Boolean).map((entry) => {
    const [domain, name] = entry.split('=');
    return [domain ?? '', name ?? ''] as const;
  }),
);

/** The publication a web address belongs to, by its host or the nearest listed parent domain. */
export function outletForUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^(?:www\d*|m|amp|mobile)\./, '');
  } catch {
    return null;
  }
  for (let name = host; name.includes('.'); name = name.slice(name.indexOf('.') + 1)) {
    const found = OUTLETS.get(name);
    if (found) return found;
  }
  return null;
}

/** The publication whose name (or bare domain) is exactly this text, case aside: "CNET", "MacRumors.com". */
export function outletNamed(text: string): string | null {
  const folded = text.trim().toLowerCase().replace(/^the\s+/, '');
  if (folded.length < 2) return null;
  for (const [domain, name] of OUTLETS) {
    if (name.toLowerCase().replace(/^the\s+/, '') === folded || domain === folded) return name;
  }
  return null;
}

/** Every listed publication name, for finding one inside a line of text. */
export function outletNames(): string[] {
  return [...new Set(OUTLETS.values())];
}
