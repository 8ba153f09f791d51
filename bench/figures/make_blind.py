"""Writes blind.json (kept for the record of how the blind part was typed; the JSON is the data).

Issue 14, figure extraction, third part: sentences never used in gold.json or
holdout.json, drawn with fixed seeds from the PDFs in ../shared/corpus/pdf/
(`pdftotext`, sentences that hold a digit or number word) and from the
government assignments in ../shared/corpus/regeringen/regeringsuppdrag/
(random files, the first sentence with a number and a noun), because the PDFs
hold fewer than 40 figure sentences not already in the other parts. Labelled by
reading the text, before the extractor was run on any of them. Conventions as
gold.json: högst/senast/kortare än/mindre än → under, minst/eller mer/eller
äldre → over, cirka/ca/ett trettiotal → approx; kronor scaled to kronor;
a range is one figure with `high`; units kallkoll does not model (minuter,
°C, l/s, ppm) give no figure; sentences that are near copies of a sentence in
gold.json or holdout.json (another version of the same regulation) were left out.
"""
import json
from labels import AGE, C, D, M, P, PER, PP, SEK, SH, Y, Labels, f  # noqa: F401
G = Labels()
g = G.g
PR, DI, AF, PS, NF, P99, D17, RU = ("prop-2012-13-187", "dir-2016-15", "afs-2011-19", "prop-2012-13-144", "nfs-2007-10",
                                     "prop-1999-2000-17", "dir-2017-29", "regeringsuppdrag")
# --- PDFs: sentences with figures
g(PS, "till de mellan år 2010 och 2011 minskade skatteutgifterna för sjöfartsstöd med 80 miljoner kronor.", f(80e6, SEK))
g(AF, "Enligt förordningen är tillverkare, importörer och nedströmsanvändare skyldiga att spara all information som behövs för tillämpningen av förordningen i 10 år och i vissa fall även utarbeta en kemikaliesäkerhetsrapport.", f(10, Y))
g(AF, "Förbud och tillstånd Till 45–49 §§ Tillstånd beviljas i allmänhet för 1–3 år.", f(1, Y, high=3))
g(AF, "Med ett arbete som utförs kortare tid än två månader avses här det sammanlagda arbete som utförs på ett arbetsställe.", f(2, M, "under"))
g(AF, "Mätning enligt första stycket behöver inte utföras om det är ett arbete som utförs kortare tid än två månader per år.", f(2, M, "under"))
g(AF, "Sedan åtgärder vidtagits för att minska halten luftföroreningar i andningszonen ska en mätning av halten göras senast tre månader efter det att åtgärder enligt andra stycket vidtagits, om det inte är uppenbart onödigt. (AFS 2014:5)", f(3, M, "under"))
g(AF, "Det är därefter viktigt att explosionsrisken kontrolleras ända tills ytorna kallnat. – När övrigt arbete ska utföras: Högst 25 procent av den undre explosionsgränsen (vid 21 procent syrgashalt i utrymmet), förutsatt att inga tändkällor finns i närheten.", f(25, P, "under"), f(21, P))
g(AF, "Mätning ska utföras – inom tre månader efter det att hanteringen påbörjats, – om hanteringen ändrats så att tidigare mätning inte är rättvisande samt – efter ett år.", f(3, M), f(1, Y))
g(DI, "För att ett samtycke ska vara giltigt när informationssamhällets tjänster erbjuds direkt till ett barn under 16 år krävs, enligt artikel 8.1 i förordningen, vårdnadshavarens samtycke eller dennes godkännande av barnets samtycke.", f(16, AGE, "under"))
g(AF, "Detsamma gäller kemiska produkter som innehåller ett sådant ämne som förorening i en halt av 0,1 viktprocent eller mer.", f(0.1, P, "over"))
g(AF, "För erionit gäller dock -halten 1 viktprocent eller mer.", f(1, P, "over"))
g(AF, "47 § Ett kemiskt ämne som tillhör grupp B i bilaga 1 eller en kemisk produkt som innehåller ett sådant ämne i en halt av 1 viktprocent eller mer får inte hanteras utan tillstånd av Arbetsmiljöverket, med undantag för de situationer som anges i 48 § i dessa föreskrifter.", f(1, P, "over"))
g(AF, "Tidsintervallen får överskridas med högst två månader.", f(2, M, "under"))
g(AF, "En verksamhet som gör arbeten på entreprenad vid andra arbetsställen under mindre än två månader på varje arbetsställe behöver inte utföra periodiska mätningar.", f(2, M, "under"))
g(AF, "Om mätrapporten är en papperskopia bör den skickas in i två exemplar.", f(2, C))
g(PR, "Regeringens bedömning: En legitimerad lärare eller förskollärare som under de senaste 15 åren före såväl den 1 juli 2015 som tidpunkten för ansökan har bedrivit undervisning under sammanlagt minst 8 läsår eller motsvarande tid som lärare eller förskollärare i skolväsendet bör vara behörig att bedriva viss undervisning som hans eller hennes utbildning inte ger behörighet till.", f(15, Y), f(8, Y, "over"))
g(PR, "Lärarförbundet menar i sitt yttrande över promemorian den 5 april 2013 att den föreslagna åldersgränsen på 50 år skulle innebära en särbehandling, som i förhållande till diskrimineringslagstiftningen är tveksam, och som skulle bestå under en lång tid.", f(50, AGE))
g(PR, "Det föreslås att en legitimerad lärare eller förskollärare som före den 1 juli 2015 har ingått avtal om anställning och är 50 år eller äldre ska kunna undantas från behörighetsreglerna.", f(50, AGE, "over"))
g(PR, "I remissen föreslås två nya stycken – andra och tredje styckena – av närmast förtydligande karaktär.", f(2, C))
g(NF, "Art som normalt inte uppträder i samebyn men av vilken spår eller andra observationer har dokumenterats i samebyn minst en gång under tidsperioden den 1 juli–30 juni. (NFS 2014:23)", f(1, C, "over"))
g(NF, "Häckning med okänt resultat ska bedömas om • synobservation görs i bo av ägg och/eller av ruvande fågel • synobservation görs i boet av minst en unge före den 1 juni, varefter inget återbesök har gjorts.", f(1, C, "over"))
g(PS, "Enligt den preliminära uppskattning som redovisades i promemorians förslag och som baseras på antal fartyg i det svenska registret samt på bemannings- och kostnadsuppgifter från branschen och Delegationen för sjöfartsstöd skulle ett trettiotal specialfartyg kunna omfattas av det utvidgade stödet.", f(30, C, "approx"))
g(PR, "Även lärare och förskollärare som har arbetat minst ett läsår i en eller flera anställningar där arbetsuppgifterna liknar undervisning inom skolväsendet ska få tillgodoräkna sig tjänstgöringen vid ansökan om legitimation.", f(1, Y, "over"))
g(PR, "2. med tillfredsställande resultat har genomfört en introduktionsperiod om minst ett läsår eller motsvarande på heltid inom undervisning som i huvudsak svarar mot examen, och 3. i övrigt är lämplig att bedriva undervisning.", f(1, Y, "over"))
# --- PDFs: sentences with only non-figures (and units kallkoll does not model)
g(AF, "Utbildning krävs även för arbete med kemiska produkter som innehåller etyl-2-cyanoakrylat eller metyl2-cyanoakrylat om arbetet sammanlagt pågår mer än 30 minuter per vecka.")
g(AF, "Dimensionerande luftflöden för skåpen är vanligen cirka 10–20 l/s.")
g(AF, "AFS 2011:19 Rörledningar Vätskor betraktas som brandfarliga om flampunkten är 100 °C eller lägre.")
g(AF, "Det är dock bara de med flampunkt 60 °C eller lägre som klassificeras som brandfarliga enligt CLP-förordningen.")
g(AF, "Register 41 § Arbetsgivaren ska föra ett register över arbetstagare som utsatts för exponering som kan innebära risk för ohälsa i arbete med kemiska produkter som ska vara märkta med faroangivelse H350 eller H340 eller vid verksamheter enligt 38 § andra stycket.")
g(PR, "En konstnärlig högskoleexamen i dans infördes 1993 och togs bort 2007.")
g(PR, "De aktuella utbildningarna regleras sedan 2000 i förordningen (2000:521) om statligt stöd till kompletterande utbildningar.")
g(DI, "Förbudet är förenat med ett antal viktiga undantag (artikel 9.2–9.5).")
g(DI, "Om en sådan konsekvensanalys indikerar att den tänkta behandlingen skulle innebära en hög risk, ska den personuppgiftsansvarige under vissa förutsättningar och på ett visst sätt samråda med tillsynsmyndigheten (artikel 34.2–34.6).")
g(PR, "Lagrådets synpunkter behandlas i avsnitten 4, 7, 9 och 16.1.")
g(PR, "En sammanfattning av promemorian finns i bilaga 4 och promemorians lagförslag finns i bilaga 5.")
g(PR, "Lagrådets yttrande Utdrag ur protokoll vid sammanträde 2013-06-18 Närvarande: F.d. justitieråden Susanne Billum och Dag Victor samt justitierådet Per Virdesten.")
g(DI, "Kommittédirektiven utgår från den version av förslaget som finns i dok 5455/16 av den 28 januari 2016.")
g(P99, "Det nya avtalet trädde i kraft den 11 maj 1997 och tillämpas från den 1 januari 1998.")
g(P99, "I 1996 års dubbelbeskattningsavtal mellan de nordiska länderna föreskrivs att lön och liknande ersättning för arbete ombord på svenskt tåg i trafik mellan Sverige och Danmark som betalas till en person som har hemvist i Sverige skall beskattas endast i Sverige.")
g(PR, "Lärarnas Riksförbund föreslår i sitt yttrande över promemorian den 30 november 2012 särskilda övergångsregler för lärare med lång erfarenhet som efter en komplettering av sin behörighet skulle ha några få år kvar till pension.")
g(PR, "Paragrafen behandlas i avsnitten 5 och 8.")
g(DI, "Regeringen beslutade i december 2014 att ge en särskild utredare i uppdrag att utreda om skyddet för den personliga integriteten kan stärkas genom att samla tillsynen över personuppgiftsbehandling hos en myndighet.")
g(AF, "AFS 2011:19 Den arbetsgivare som hanterar ett eller flera kemiska ämnen eller produkter i strid med kraven i första stycket ska betala en sanktionsavgift, se 52 §.")
g(AF, "20 Som riktvärde gäller att värdet 0,1 ppm för exponeringen via inandning som tidsvägt dagsmedelvärde inte bör överskridas.")
g(D17, "Den nya dataskyddsförordningen börjar gälla den 25 maj 2018 och kommer då att vara direkt tillämplig i medlemsstaterna.")
# --- Government assignments (regeringsuppdrag), in the order drawn
g(RU, "Utvecklingsarbetet kan även omfatta unga över 18 år i de fall myndigheten finner det relevant.", f(18, AGE, "over"))
g(RU, "Regeringen förlänger tiden för uppdraget till Myndigheten för familjerätt och föräldraskapsstöd (MFoF) att under 2025 betala ut och följa upp statsbidrag till 20 kommuner.", f(20, C))
g(RU, "Energimyndigheten får rekvirera högst 1 000 000 kronor från Regeringskansliet för genomförandet av uppdraget.", f(1e6, SEK, "under"))
g(RU, "Regeringen ger Kammarkollegiet i uppdrag att, i enlighet med överenskommelsen mellan staten och Centralförbundet för alkohol- och narkotikaupplysning (CAN), betala ut 15 000 000 kronor till CAN.", f(15e6, SEK))
g(RU, "Forum för levande historia får för genomförandet av uppdraget disponera högst 1,6 miljoner kronor 2020 som ska belasta utgiftsområde 13 Jämställdhet och nyanlända invandrares etablering, anslag 2:2 Åtgärder mot diskriminering och rasism m.m., anslagsposten 10 för budgetåret 2020.", f(1.6e6, SEK, "under"))
g(RU, "Regeringen ger Kammarkollegiet i uppdrag att utbetala 3 000 000 kronor till nätverket Hälsofrämjande sjukhus och vårdorganisationer.", f(3e6, SEK))
g(RU, "Regeringen uppdrar åt Kammarkollegiet att utbetala 375 000 000 kronor till de 21 landsting som anges i bilagan och med de belopp som anges där.", f(375e6, SEK), f(21, C))
g(RU, "Svenska kraftnät prognosticerar den utgående balansen för inkomna intäkter från överbelastning 2023 till 59 360 miljoner kronor.", f(59360e6, SEK))
g(RU, "Regeringen ger 24 myndigheter i uppdrag att utveckla det brottsförebyggande arbetet.", f(24, C))
g(RU, "Regeringen ger Folkhälsomyndigheten i uppdrag att under 2023 besluta att överlåta vaccindoser som inte längre behövs för att säkerställa det nationella behovet, till ett belopp om högst 400 miljoner kronor.", f(400e6, SEK, "under"))
g(RU, "För ändamålet tilldelas Socialstyrelsen 1 000 000 kronor och regeringen beslutar att avsätta 1 000 000 kronor till SKL.", f(1e6, SEK), f(1e6, SEK))
g(RU, "Ett antal åklagare ska under en tidsperiod på minst 6 månader, med start så snart som möjligt, placeras hos Polismyndigheten för att bistå Polismyndighetens utredare och förundersökningsledare i konkreta ärenden rörande mängdbrott.", f(6, M, "over"))
g(RU, "Regeringen uppdrar åt Kammarkollegiet att betala 350 000 000 kronor till regionerna.", f(350e6, SEK))
g(RU, "Uppdraget avser misshandel av små barn (0-6 år) inom familjen.", f(0, AGE, high=6))
g(RU, "Programmet ska omfatta minst tre år.", f(3, Y, "over"))
g(RU, "Regeringen uppdrar vidare åt SCB att från och med den 1 januari 2015 och under en period om högst fyra år löpande beräkna NPI.", f(4, Y, "under"))
g(RU, "För uppdragets genomförande får Filminstitutet disponera högst 850 000 kronor.", f(850000, SEK, "under"))
g(RU, "Regeringen uppdrar åt Statens kulturråd att i början av 2012 anordna ett möte om romsk kultur och historia med anledning av att det detta år är 500 år sedan romernas ankomst till Sverige först noterades.", f(500, Y))
g(RU, "För uppdraget får Valmyndigheten under 2022 använda högst 1 500 000 kronor som ska redovisas mot det under utgiftsområde 1 Rikets styrelse för budgetåret 2022 uppförda anslaget 6:1 Allmänna val och demokrati, anslagsposten 5 Allmänna val och demokrati – del till Skatteverket.", f(1.5e6, SEK, "under"))
g(RU, "Regeringen uppdrar åt Socialstyrelsen att betala ut 5 miljoner kronor till Föreningen Nationella Hjälplinjen för att driva Nationella Hjälplinjen - en telefonjour för personer i psykisk kris.", f(5e6, SEK))
g(RU, "Regeringen beviljar bidrag med 3 000 000 kronor för år 2015 till Länsstyrelsen i Jämtlands län för ett nationellt resurscentrum för mathantverk i syfte att utveckla och bevara kunskapen om mathantverk.", f(3e6, SEK))
g(RU, "År 2021 är det 100 år sedan både kvinnor och män för första gången fick rösta i val till riksdagen.", f(100, Y))
g(RU, "Myndigheten får för uppdragets genomförande 2020 använda högst 500 000 kronor från utgiftsområde 13 Jämställdhet och nyanlända invandrares etablering, anslaget 2:2 Åtgärder mot diskriminering och rasism m.m., anslagsposten 7.", f(500000, SEK, "under"))
g(RU, "Uppdrag att genomföra en studie om sammanbrott i placeringar av barn i åldrarna 0-10 år i social dygnsvård", f(0, AGE, high=10))
g(RU, "Ändringen innebär även att Tillväxtverket ska avsätta totalt 108 000 000 kronor för uppdraget under perioden 2019–2023.", f(108e6, SEK))
g(RU, "Satsningen ska enligt regeringens förslag i Budgetpropositionen för 2012 omfatta 20 miljoner kronor under 2012 och beräknas omfatta 20 miljoner kronor per år under 2013 och 2014.", f(20e6, SEK), f(20e6, SEK))
g(RU, "Regeringen uppdrar åt Socialstyrelsen att fördela 214 000 000 kronor för 2009 för att stödja huvudmännen i arbetet med att förbättra tillgängligheten till rätt insatser för barn och unga med psykisk ohälsa.", f(214e6, SEK))
g(RU, "Denna del av uppdraget ska slutredovisas till Regeringskansliet (Utbildningsdepartementet) senast sex månader efter att central rättning införts i de delar som ska förberedas enligt detta beslut.", f(6, M, "under"))
g(RU, "Regeringen uppdrar åt Kammarkollegiet att betala ut 6 093 000 000 kronor till regionerna och de regionala samverkans- och stödstrukturerna.", f(6.093e9, SEK))
g(RU, "Socialstyrelsen får i uppdrag att fördela, administrera och följa upp utvecklingsmedel om 109 000 000 kronor till kommuner, landsting och ideella föreningar som bedriver verksamhet på lokal nivå.", f(109e6, SEK))
g(RU, "För uppdragets genomförande får Vinnova använda högst 5 miljoner kronor under 2020.", f(5e6, SEK, "under"))
g(RU, "En resurs i arbetet är det kommunala nätverk för romsk inkludering som omfattar ca 20 kommuner som på olika sätt bedriver ett arbete för romsk inkludering.", f(20, C, "approx"))
g(RU, "Jämställdhetsmyndigheten får 2022 disponera högst 1 000 000 kronor för uppdragets genomförande, finansierat med medel från anslaget 3:1 Särskilda jämställdhetsåtgärder inom utgiftsområde 13 Jämställdhet och nyanlända invandrares etablering, anslagspost 2 Särskilda jämställdhetsåtgärder – del till Jämställdhetsmyndigheten.", f(1e6, SEK, "under"))
g(RU, "Regeringen uppdrar åt Socialstyrelsen att under 2018 fördela 360 000 000 kronor i statsbidrag till kommuner.", f(360e6, SEK))
g(RU, "Myndigheten samverkar med fjorton utpekade myndigheter och hämtar in kunskap och erfarenheter från ytterligare tio myndigheter eller andra intressenter.", f(14, C), f(10, C))
g(RU, "Vetenskapsrådet ska från och med 2016 fördela minst 20 miljoner kronor för detta ändamål.", f(20e6, SEK, "over"))
g(RU, "Tillväxtverket får för uppdragets genomförande använda högst 3 miljoner kronor.", f(3e6, SEK, "under"))
g(RU, "Folkhälsomyndigheten ska genomföra temaveckan vecka 11 år 2022.")
g(RU, "Under 2022 får 13 miljoner kronor utbetalas.", f(13e6, SEK))
g(RU, "För genomförande av uppdraget får Statens kulturråd rekvirera högst 30 000 000 kronor.", f(30e6, SEK, "under"))
g(RU, "Utgångspunkten för planeringen av totalförsvaret ska vara att under minst tre månader kunna hantera en säkerhetspolitisk kris i Europa och Sveriges närområde som innebär allvarliga störningar i samhällets funktionalitet samt krig under en del av denna tid.", f(3, M, "over"))
g(RU, "Regeringen uppdrar åt Folkhälsomyndigheten att under 2024 besluta överlåta eventuellt nationellt överskott av vaccindoser mot covid-19 till ett belopp om högst 300 miljoner kronor.", f(300e6, SEK, "under"))
g(RU, "Jämställdhetsmyndigheten får för uppdragets genomförande använda 1 500 000 kronor under 2021 från anslag 3:1 Särskilda jämställdhetsåtgärder inom utgiftsområde 13 Jämställdhet och nyanlända invandrares etablering, anslagspost 12 Jämställdhetsinsatser efter regeringsbeslut.", f(1.5e6, SEK))
g(RU, "Till det amerikanska initiativet för upphandling av materiel till Ukraina, Joint Ukraine Multinational Program – Services, Training, and Articles Rapid Timeline (JUMPSTART), ska betalas 256 miljoner kronor.", f(256e6, SEK))
json.dump(G, open("blind.json", "w"), ensure_ascii=False, indent=1)
from collections import Counter
print(len(G), sum(bool(x["figures"]) for x in G), "with figures,", sum(len(x["figures"]) for x in G), "figures;",
      Counter(x["source"] == RU for x in G))
