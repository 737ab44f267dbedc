-- The national strategy 2019–2021 and SKL's nine recruitment strategies (2018), generated from
-- reference-data/strategy-2019-2021.json (provenance in reference-data/strategy-2019-2021.README.md).
-- StrategyCatalogueTest checks that the database and the JSON file agree. A revision comes as a new migration.

INSERT INTO strategy (code, title, publisher, published_on, period_start, period_end) VALUES
    ('skl-2018', 'Strategi för en stabil och långsiktig kompetensförsörjning inom socialtjänst och kommunal hälso- och sjukvård', 'SKL (nu SKR)', DATE '2018-12-13', 2019, 2021);

INSERT INTO strategy_goal (strategy_code, number, title, description) VALUES
    ('skl-2018', 1, 'Minska beroendet av kortsiktiga bemanningslösningar', 'En majoritet av de kommuner som besvarade enkäten sommaren 2017 uttryckte en vilja att minska sin användning av bemanningsföretag. De huvudsakliga skälen var kvalitet och ekonomi. Nedan följer åtgärder och aktiviteter som ska bidra till ökad stabilitet och minskat beroende av kortsiktiga bemanningslösningar.'),
    ('skl-2018', 2, 'Säkra kompetensen utifrån framtida behov', 'Enligt SKLs rekryteringsprognoser kommer inte arbetskraften att räcka till för att täcka behoven av personal till välfärdsjobben, om vi fortsätter att arbeta som idag. Ny teknik, förändrade arbetssätt och nya sätt att organisera arbetet blir nödvändigt för att klara välfärden.

Nedan följer förslag på åtgärder och aktiviteter som ska bidra till att målet nås.'),
    ('skl-2018', 3, 'Öka attraktiviteten för välfärdsjobben i socialtjänst och kommunal hälso- och sjukvård', 'Konkurrensen om medarbetare och chefer kommer att öka de närmaste tio åren. För att minska behovet av kortsiktiga lösningar behöver vi arbeta på samtliga nivåer för att välfärdsjobben ska vara attraktiva. Det handlar både om att behålla och utveckla medarbetare och chefer och om att attrahera ungdomar som ska välja utbildning och vuxna som vill prova något nytt. Det är också viktigt att utbildningarnas innehåll går i takt med behov och utveckling.

Inom ramen för Sveriges viktigaste jobb har SKL tagit fram verktygslådor, som är ett stöd till både regional och lokal nivå i arbetet med att vara en attraktiv arbetsgivare. Det kommer att krävas mod och tålamod, både från ledare och medarbetare, att fortsätta bidra till att välfärdsjobben uppfattas som attraktiva. Men också för att i dialog pröva nya sätta att arbeta och skapa en kultur som möjliggör ständiga förbättringar.'),
    ('skl-2018', 4, 'Skapa klimat för lärande och innovation', 'Socialtjänst och kommunal hälso- och sjukvård är kunskapstäta verksamheter. De olika yrkesgruppernas kunskap och kompetens påverkar i hög grad kvaliteten i välfärdstjänsten. Många medarbetare inom socialtjänst och kommunal hälso- och sjukvård vill medverka till förbättring och utveckling av såväl arbetsplats som välfärdstjänstens utformning. Utveckling kräver också ett ledarskap som kan leda i förändring, och en kultur och förvaltning som stödjer utveckling. Kulturen på en arbetsplats kan främja och stödja utveckling av en verksamhet men den kan också vara hämmande. Alla anställda i socialtjänst och kommunal hälso- och sjukvård har två roller – yrkesrollen och medarbetarrollen. Det innebär att det måste finnas stödjande och kompetenshöjande aktiviteter för båda rollerna. I medarbetarskapet handlar det om t ex systemförståelse, förbättringskunskap, innovation och kommunikation. För yrkesrollen handlar kompetensutveckling om bland annat specialisering och kunskapsfördjupning.');

INSERT INTO strategy_action (strategy_code, goal_number, number, title, description) VALUES
    ('skl-2018', 1, 1, 'Bestämma sig, juridiska avvägningar och avtalssamverkan', 'Arbetsmiljö, arbetsvillkor, hög arbetsbelastning, personalomsättning och arbetets organisering påverkar både medarbetare och chefer. Förutsättningarna ser olika ut lokalt. När en kommun vill skapa en mer stabil personalsituation och minska sin användning av kortsiktiga bemanningslösningar, behövs ett aktivt beslut om detta. Det handlar om att i handling visa sitt engagemang och ansvar som arbetsgivare, och beslutet måste få konsekvenser.

Initialt är det viktigt att ta fram en gemensam bild av problemet och de bakomliggande orsakerna till exempelvis en hög personalomsättning. Fakta, analys och dialog är ledord för att både få koll på läget och besluta om relevanta åtgärder. Det kan handla om att se över arbetsorganisation och arbetsmiljö, att använda befintlig kompetens rätt, ompröva arbetssätt och omfördela arbetsuppgifter. Det kan också handla om att tillföra andra eller nya kompetenser som kan bidra med värdefull kunskap och att nyttja teknik för att underlätta arbetet.

De möjligheter som förändringarna i kommunallagen ger om avtalssamverkan, bland annat när det gäller myndighetsutövning inom socialtjänsten, kommer troligen att ge möjligheter när det gäller kompetens- och rekryteringsutmaningen i många kommuner. Lagändringen öppnar upp för enkel mellankommunal samverkan över en kommungräns när det gäller myndighetsutövning, och det ska handla om faktisk samverkan – den nya regleringen medger inte renodlade tjänsteköp. Avtalssamverkan är troligtvis mest intressant för små och mellanstora kommuner. Det kan vara ett sätt att säkra kvaliteten.

Många kommuner som använder bemanningsföretag har inte upphandlat tjänsten. Det som börjar som en akut åtgärd kan på sikt leda till höga kostnader för den enskilda kommunen. En hög användning av bemanningsföretag kan få konsekvenser för såväl kvalitet som kostnader. För en kommun som bestämmer sig för att minska beroendet av kortsiktiga bemanningslösningar kan det vara rimligt att sätta ett målvärde på relationen mellan budgeterade lönekostnader och kostnaderna för exempelvis inhyrd personal.'),
    ('skl-2018', 1, 2, 'Fakta och analys', 'För att underlätta analys av rekryterings – och kompetensbehov på lokal, regional och nationell nivå är det viktigt att relevant statistik och annan information är tillgänglig. SKL samlar sedan många år tillbaka in personalstatistik, Hållbart medarbetarengagemang (HME) och annan data, som delvis finns tillgänglig i Kolada. En analys av rekryterings- och kompetensbehov kan också behöva annan information såsom befolkningens ålder och sammansättning, kostnader och sjukfrånvaro. Relevant information och data finns idag på olika webbplatser och databaser och är inte lätt att hitta. Det är också rimligt att förvaltningens stödfunktioner, exempelvis HR, ekonomi och kvalitet, samlas för att gemensamt bidra till analysen.'),
    ('skl-2018', 1, 3, 'Kunskapsspridning och erfarenhetsutbyte', 'De flesta kommuner står inför likartade utmaningar när det gäller kompetensförsörjning och rekrytering, och många kommuner arbetar aktivt med frågan både på kort och lång sikt. Åtgärderna kan handla om rekrytering, om att åstadkomma stabilitet genom att se över arbetsorganisation, arbetstyngd och arbetsmiljö. Aktiviteterna kan också handla om att behålla och utveckla sina medarbetare genom kompetensutveckling, löneutveckling, karriär- och utvecklingsmöjligheter. Viljan att dela med sig av lärande och inspirerande exempel brukar vara hög mellan kommunerna, trots att de konkurrerar med varandra som arbetsgivare.'),
    ('skl-2018', 1, 4, 'Informationsmaterial om förmåner som kommunanställd', 'Det finns indikationer på att många medarbetare inte känner till de förmåner man har som kommunanställd, till exempel när det gäller pensionsvillkor. Lön är förstås en konkurrensfaktor, men det är också relevant att medvetandegöra andra villkor och förmåner. För en arbetstagare är det både relevant och viktigt att göra medvetna och informerade val vid byte av arbetsgivare.

SKL arbetar med att ta fram en ”förmånsportal” för kommuner och landsting i samarbete med Kommentus. Syftet är att öka medvetenheten om förmåner för anställda i kommunal tjänst, och bidra till att öka attraktiviteten för välfärdsjobben.'),
    ('skl-2018', 2, 5, 'Jämställt arbetsliv och arbetsrelaterad hälsa', 'Om fler anställda i socialtjänst och kommunal hälso- och sjukvård utökar sin arbetstid kommer det att minska behovet av att nyrekrytera. Detsamma gäller om fler arbetar längre innan pension. Om detta ska vara realistiskt så måste också hälsa och sjukfrånvaro diskuteras.

En majoritet av de anställda i socialtjänsten och den kommunala hälso- och sjukvården är kvinnor. Sjukfrånvaron är förhållandevis hög hos flera av de yrkesgrupper som strategin omfattar. För att fler ska arbeta mer och längre blir arbetsmiljö och arbetsvillkor kopplat till hälsa viktiga fokusområden. Detta är också ett nödvändigt jämställdhetsarbete.

Ambitionen måste vara att sjukfrånvaron ska minska till en rimlig och stabil nivå för de yrkesgrupper som omfattas av strategin.'),
    ('skl-2018', 2, 6, 'Använd kompetensen rätt', 'Vem ska egentligen göra vad? Rätt kompetens på rätt plats skapar bra kvalité. När verksamheterna utvecklas måste yrkesrollerna hänga med. Genom att organisera arbetet annorlunda kan både personal och verksamhet utvecklas, och resurser användas effektivt. Det nya samverkansavtalet från november 2017 bidrar till att chefer och medarbetare tillsammans kan hitta vägar till en fungerade och hållbar verksamhet. På flera håll krävs nytänkande om vem som gör vad när det gäller innehållet i olika yrken. För att klara kompetens- och rekryteringsutmaningen måste arbetsfördelningen mellan olika yrkesgrupper ibland omprövas och utvecklas så att rätt kompetens används till rätt uppgifter. Ett exempel kan vara administrativ personal som avlastar socialsekreterare, chefer och andra yrkesgrupper, ett annat exempel kan vara arbetsfördelning mellan sjuksköterska och undersköterska.');

INSERT INTO strategy_measure (strategy_code, goal_number, action_number, position, levels, text) VALUES
    ('skl-2018', 1, 1, 1, ARRAY['national'], 'Klargöra, och sprida de juridiska möjligheter och begränsningar som finns när det gäller användning av bemanningsföretag för myndighetsutövning och chefer verksamma inom socialtjänsten. Detsamma gäller med avtalssamverkan enligt kommunallagen för myndighetsutövning, men också ur ett bredare perspektiv kopplat till rekrytering och kompetens.'),
    ('skl-2018', 1, 1, 2, ARRAY['national'], 'Utveckla en relevant uppföljningsmodell för att följa utvecklingen av kommunernas användning av bemanningsföretag för socialtjänst och kommunal och hälso- och sjukvård.'),
    ('skl-2018', 1, 1, 3, ARRAY['national'], 'Ta fram en checklista med råd vid upphandling av bemanningsföretag.'),
    ('skl-2018', 1, 1, 4, ARRAY['regional'], 'Ge stöd i processen för framtagandet av regionala överenskommelser avseende avtalssamverkan, men också gemensamma förhållningssätt kring kortsiktiga bemanningslösningar.'),
    ('skl-2018', 1, 1, 5, ARRAY['regional'], 'Stödja och underlätta kommunernas arbete utifrån lokala och regionala behov reglerade i överenskommelser eller uppdrag.'),
    ('skl-2018', 1, 1, 6, ARRAY['local'], 'Lyfta frågan om minskad användning av kortsiktiga bemanningslösningar till kommunledning och berörd nämnd för beslut.'),
    ('skl-2018', 1, 1, 7, ARRAY['local'], 'Med fakta som bas, i dialog ta fram en lokal handlingsplan med mål och delmål för att skapa en mer stabil personalsituation.'),
    ('skl-2018', 1, 1, 8, ARRAY['local'], 'Utifrån de egna kompetens- och rekryteringsbehoven överväga behovet av avtalssamverkan med andra kommuner.'),
    ('skl-2018', 1, 1, 9, ARRAY['local'], 'Vid behov, besluta om ett målvärde för användningen av inhyrd personal och regelbundet följa upp resultatet.'),
    ('skl-2018', 1, 2, 10, ARRAY['national'], 'Utveckla ett statistik- och uppföljningspaketet med fokus på kompetensförsörjning för socialtjänst och kommunal hälso- och sjukvård. En första version ska finnas tillgänglig i Kolada första halvåret 2019.'),
    ('skl-2018', 1, 2, 11, ARRAY['national'], 'Under år 2019 och 2020 erbjuda stöd till chefer och stödfunktioner (HR, ekonomi och kvalitet) samt företrädare från den regionala nivån, att använda data för analys av kompetens- och rekryteringsbehov.'),
    ('skl-2018', 1, 2, 12, ARRAY['regional'], 'Erbjuda mötesplatser för stöd i analys av data och information kring kompetens- och rekryteringsbehov.'),
    ('skl-2018', 1, 2, 13, ARRAY['regional'], 'Identifiera, sammanställa och använda relevant data och annan information som ett underlag för en faktabaserad diskussion på regional nivå.'),
    ('skl-2018', 1, 2, 14, ARRAY['local'], 'Kartlägga de egna kompetens- och rekryteringsbehoven i relationen till invånarnas behov av stöd av socialtjänst och kommunal hälso- och sjukvård.'),
    ('skl-2018', 1, 3, 15, ARRAY['national'], 'Sprida exempel på kommuner och arbetsplatser som arbetar strategiskt med såväl kompetens- som personalförsörjningen inom socialtjänst och kommunal hälso- och sjukvård.'),
    ('skl-2018', 1, 3, 16, ARRAY['national'], 'Sprida lärande exempel på kommuner och arbetsplatser som uppnått stabilitet och minskat sin användning av kortsiktiga bemanningslösningar.'),
    ('skl-2018', 1, 3, 17, ARRAY['regional', 'local'], 'Bidra med lärande exempel.'),
    ('skl-2018', 1, 4, 18, ARRAY['national'], 'Aktivt sprida information om ”förmånsportalen” för att öka kunskapen och medvetenheten om kommunanställdas förmåner.'),
    ('skl-2018', 1, 4, 19, ARRAY['regional', 'local'], 'Använda, synliggöra och sprida material från ”förmånsportalen”.'),
    ('skl-2018', 1, 4, 20, ARRAY['regional', 'local'], 'Samla och marknadsföra lokala förmåner som finns i kollektivavtal såväl internt som externt, till exempel vid rekryteringsmässor.'),
    ('skl-2018', 2, 5, 21, ARRAY['national'], 'Marknadsföra Suntarbetsliv som är den webbportal som SKL och arbetsmarknadens parter driver tillsammans.'),
    ('skl-2018', 2, 5, 22, ARRAY['national'], 'Verka för ett jämställt och jämlikt arbetsliv.'),
    ('skl-2018', 2, 5, 23, ARRAY['national'], 'Bidra till att verktyg för arbetstyngdsmätning valideras och sprids.'),
    ('skl-2018', 2, 5, 24, ARRAY['regional'], 'Bidra till att sprida verktyg för arbetstyngdsmätning.'),
    ('skl-2018', 2, 5, 25, ARRAY['local'], 'Analysera sjukfrånvaron inom olika verksamheter, söka efter och sprida lärande exempel inom den egna organisationen.'),
    ('skl-2018', 2, 5, 26, ARRAY['local'], 'Jämställdhetsintegrera verksamheten.'),
    ('skl-2018', 2, 6, 27, ARRAY['national'], 'Bidra till utvecklingen av nya och förändrade yrkesroller för yrken inom socialtjänst och kommunal hälso- och sjukvård.'),
    ('skl-2018', 2, 6, 28, ARRAY['national'], 'Följa utvecklingen genom partsgemensamma dialoger på central nivå.'),
    ('skl-2018', 2, 6, 29, ARRAY['national'], 'Sprida lärande exempel på nya arbetssätt och nya yrkesroller.'),
    ('skl-2018', 2, 6, 30, ARRAY['national'], 'Sprida och arbeta för att socialtjänst och kommunal hälso- och sjukvård bättre kan ta tillvara teknikens och digitaliseringens möjligheter för att frigöra tid till brukare och patienter. Det kan exempelvis handla om
- förenklad dokumentation genom taligenkänning
- mer standardiserad och automatiserad informations- och datainsamling
- förutsättningar för att använda exempelvis nattkamera för tillsyn och GPS-larm för personer med kognitiv funktionsnedsättning'),
    ('skl-2018', 2, 6, 31, ARRAY['regional'], 'Utforma och samordna stöd utifrån uppdrag och avtalssamverkan. Det kan bl a vara administrativ samordning av ”specialresurser”, mentorskap och handledning.'),
    ('skl-2018', 2, 6, 32, ARRAY['local'], 'Se över innehåll, struktur och systematik av introduktionsutbildning, medarbetarsamtal, avslutningssamtal med mera. Genom sammanställning och analys på gruppnivå från exempelvis avslutningssamtal kan lärdomar synliggöras och användas för förbättringar.'),
    ('skl-2018', 2, 6, 33, ARRAY['local'], 'Ompröva arbetsorganisationen och identifiera arbetsuppgifter som kan utföras av andra kompetenser och kanske nya yrkesgrupper. Ett exempel är införandet av serviceassistenter inom den kommunala hälso- och sjukvården som frigör tid för sjuksköterskor som kan ägna mer tid till det patientnära arbetet.'),
    ('skl-2018', 2, 6, 34, ARRAY['local'], 'Använda teknik och digitalisering för att underlätta och frigöra tid som kan användas till mer värdeskapande arbete. Framgångsfaktorer är dialog och att medarbetare och chefer har den kompetens som krävs för att hantera en alltmer digitaliserad arbetsplats.'),
    ('skl-2018', 3, NULL, 35, ARRAY['national'], 'Fortsätta arbetet med att synliggöra välfärdens olika yrken genom att marknadsföra Sveriges viktigaste jobb. Det handlar bland annat om att sprida material, filmer och riktade satsningar.'),
    ('skl-2018', 3, NULL, 36, ARRAY['national'], 'Stå upp för en socialtjänst och kommunal hälso- och sjukvård som vilar på professionens kunskap och god kvalitet.'),
    ('skl-2018', 3, NULL, 37, ARRAY['national'], 'Bevaka och påverka de statliga utbildningsaktörerna så att utbildningarna går i takt med välfärdens behov och utveckling.'),
    ('skl-2018', 3, NULL, 38, ARRAY['regional'], 'I planer för regional utveckling, tillväxt och arbetsmarknad lyfta fram det sociala perspektivet och de yrken som finns inom socialtjänst och kommunal hälso- och sjukvård, samt sektorns behov av kompetens.'),
    ('skl-2018', 3, NULL, 39, ARRAY['regional'], 'Bidra till attraktivitet till sektorn genom att i olika regionala sammanhang, till exempel rekryteringsmässor, använda SKLs material kring rekrytering, Jämställt arbetsliv, Sveriges viktigaste jobb med mera.'),
    ('skl-2018', 3, NULL, 40, ARRAY['regional'], 'Arbeta främjande för att motverka könsstereotypa studie- och yrkesval hos länets ungdomar.'),
    ('skl-2018', 3, NULL, 41, ARRAY['local'], 'Kartlägga utvecklings- och karriärmöjligheter inom den egna organisationen för bland annat chefer, socionomer och legitimerad personal. I dialog utforma en modell som bidrar till utvecklings- och karriärmöjligheter.'),
    ('skl-2018', 3, NULL, 42, ARRAY['local'], 'Kartlägga chefernas förutsättningar och behov av stöd. I dialog utforma stödet till chefer som är hållbart över tid. Här kan skriften Sveriges viktigaste chefsjobb ge värdefulla råd.'),
    ('skl-2018', 3, NULL, 43, ARRAY['local'], 'Vid rekrytering kunna erbjuda helhetslösningar för familj och medföljande.'),
    ('skl-2018', 3, NULL, 44, ARRAY['local'], 'Sträva efter ett hållbart arbetsliv som möjliggör en flexibilitet för medarbetare och chefer beroende på fas i livet och situation.'),
    ('skl-2018', 4, NULL, 45, ARRAY['national'], 'I relation till SKLs övriga initiativ utforska förutsättningarna för att utveckla ett nationellt program riktat till chefer i socialtjänst och kommunal hälso- och sjukvård med fokus på lärande, hälsa och kommunikation.'),
    ('skl-2018', 4, NULL, 46, ARRAY['national'], 'Fortsätta och utveckla interna arbetssätt som ger ett samlat stöd till kommunerna när det gäller HR, ekonomi, IT och digitalisering samt verksamhetsutveckling.'),
    ('skl-2018', 4, NULL, 47, ARRAY['national'], 'Verka för förbättrad vuxenutbildning som möjliggör en ny yrkesbana mitt i livet.'),
    ('skl-2018', 4, NULL, 48, ARRAY['national'], 'Samarbeta med Socialstyrelsen gällande utveckling av kunskapsstöd och yrkesintroduktion inom samtliga socialtjänstområden på kunskapsguiden.se'),
    ('skl-2018', 4, NULL, 49, ARRAY['regional'], 'I samråd med kommunerna utforma olika former av stöd och utveckling i nya arbetssätt bland annat kopplat till tjänstedesign, digitalisering och ny teknik.'),
    ('skl-2018', 4, NULL, 50, ARRAY['regional'], 'I samverkan med högskola, universitet och regionalt näringsliv erbjuda medarbetare och chefer ”träningsmiljöer” i innovation inom vård och sociala tjänster.'),
    ('skl-2018', 4, NULL, 51, ARRAY['regional'], 'Påverka och samverka med de regionala utbildningsaktörerna både när det gäller vuxenutbildning och gymnasieutbildning.'),
    ('skl-2018', 4, NULL, 52, ARRAY['regional'], 'Utforma länsgemensamma introduktionsutbildningar för olika yrkesgrupper inom socialtjänst och kommunal hälso- och sjukvård, liknande den som finns för socialsekreterare inom den sociala barn- och ungdomsvården.'),
    ('skl-2018', 4, NULL, 53, ARRAY['regional'], 'I samråd med kommunerna bidra med olika former av stöd i till exempel arbetstyngdsmätningar, chefsutveckling med mera.'),
    ('skl-2018', 4, NULL, 54, ARRAY['regional'], 'Med Göteborgsregionens kommunförbunds (GR:s) arbete med Yrkesresan som inspiration, kan regionala samverkans- och stödstrukturer utforska förutsättningarna för liknande arbetssätt. Det kan också vara nödvändigt att fundera på andra yrkesgrupper, än socialsekreterare barn och unga, inom socialtjänsten och den kommunala hälso- och sjukvården.'),
    ('skl-2018', 4, NULL, 55, ARRAY['regional'], 'Utveckla en stödjande struktur för hur kommunerna i ett län tillsammans med den regionala nivån kan hantera praktikplatser till högskola, vård- och omsorgscollege och andra utbildningsaktörer.'),
    ('skl-2018', 4, NULL, 56, ARRAY['local'], 'Kartlägga befintliga stödjande strukturer för lärande och utveckling hos medarbetare och chefer. Det kan bland annat handla om tillgång till och användning av webbaserade utbildningar, handledning, yrkesrelaterad reflektion, förbättringskunskap med mera.'),
    ('skl-2018', 4, NULL, 57, ARRAY['local'], 'Ompröva och utforma arbetssätt som möjliggör att yrkeserfarna och yrkesoerfarna kan stödja varandra, t ex genom mentorskap och handledning.');

INSERT INTO recruitment_strategy_list (version, source) VALUES
    ('2018', 'SKL, Sveriges viktigaste jobb');

INSERT INTO recruitment_strategy (list_version, code, name_sv, position) VALUES
    ('2018', 'anvand_kompetens_ratt', 'Använd kompetens rätt', 1),
    ('2018', 'bredda_rekryteringen', 'Bredda rekryteringen', 2),
    ('2018', 'forlang_arbetslivet', 'Förläng arbetslivet', 3),
    ('2018', 'marknadsfor_jobben', 'Marknadsför jobben', 4),
    ('2018', 'skapa_engagemang', 'Skapa engagemang', 5),
    ('2018', 'anvand_tekniken_och_digitaliseringen', 'Använd tekniken & digitaliseringen', 6),
    ('2018', 'fler_jobbar_mer', 'Fler jobbar mer', 7),
    ('2018', 'lonekarriar_och_loneutveckling', 'Lönekarriär och löneutveckling', 8),
    ('2018', 'utvecklings_och_karriarmojligheter', 'Utvecklings- och karriärmöjligheter', 9);
