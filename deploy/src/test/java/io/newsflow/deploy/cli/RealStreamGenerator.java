package io.newsflow.deploy.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a three-week stream of news, text written for newsflow (no real article is copied): three
 * concurrent stories whose vocabulary shifts as they unfold (protests, then a crackdown, then talks, then a
 * resignation), unrelated background news, four outlets with their own styles, two of them scraped pages
 * with recurring furniture (trending headlines on top, caption and lede run together, "Read more" and cookie
 * lines). Every article carries its story label; every story has a timeline of dated developments. The same
 * seed gives the same stream, another seed other sentences, outlets, hours and furniture.
 */
final class RealStreamGenerator {
    static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
    static final int DAYS = 21;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One dated development of a story's timeline; keywords are those an alert about it would share. */
    record Development(String story, int day, String type, List<String> keywords, List<String> headlines,
                       List<String> ledes, String recap) {
        Instant date() {
            return START.plus(Duration.ofDays(day));
        }
    }

    /** One generated article with its story label (background news is labelled by its own topic). */
    record Article(String id, String source, String title, String body, Instant publishedAt, String label) {
        String json() {
            ObjectNode node = JSON.createObjectNode();
            node.put("id", id);
            node.put("url", "https://" + source.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example/" + id);
            node.put("source", source);
            node.put("title", title);
            node.put("publishedAt", publishedAt.toString());
            node.put("language", "en");
            node.put("body", body);
            return node.toString();
        }
    }

    record Stream(List<Article> articles, List<Development> timeline) {
    }

    private record Phase(int fromDay, List<String> headlines, List<String> sentences) {
    }

    private record StoryScript(String label, String place, List<Development> developments, List<Phase> phases,
                               List<String> context, List<String> quotes, List<List<String>> minorEvents) {
    }

    private final Random random;
    private final List<String> trending = new ArrayList<>();

    RealStreamGenerator(long seed) {
        this.random = new Random(seed);
    }

    Stream generate() {
        List<StoryScript> stories = List.of(venezuela(), ukraineTalks(), peru());
        List<Article> articles = new ArrayList<>();
        List<Development> timeline = new ArrayList<>();
        stories.forEach(story -> timeline.addAll(story.developments()));
        for (int day = 0; day < DAYS; day++) {
            if (day % 4 == 0) {
                refreshTrending();
            }
            for (StoryScript story : stories) {
                storyDay(story, day, articles);
            }
            background(day, articles);
        }
        articles.sort((a, b) -> a.publishedAt().compareTo(b.publishedAt()));
        return new Stream(List.copyOf(articles), List.copyOf(timeline));
    }

    private void storyDay(StoryScript story, int day, List<Article> out) {
        Development today = story.developments().stream().filter(d -> d.day() == day).findFirst().orElse(null);
        Phase phase = story.phases().stream().filter(p -> p.fromDay() <= day).reduce((a, b) -> b).orElseThrow();
        List<Development> earlier = story.developments().stream().filter(d -> d.day() < day).toList();
        int count = 4 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            String source = OUTLETS.get(random.nextInt(OUTLETS.size()));
            int hour = 6 + random.nextInt(15);
            Instant at = START.plus(Duration.ofDays(day)).plus(Duration.ofHours(hour))
                    .plus(Duration.ofMinutes(random.nextInt(60)));
            String title;
            List<String> sentences = new ArrayList<>();
            if (today != null && i < 3) {
                title = pick(today.headlines());
                sentences.add(pick(today.ledes()));
            } else if (random.nextInt(3) == 0) {
                List<String> minor = story.minorEvents().get(random.nextInt(story.minorEvents().size()));
                title = minor.get(0);
                sentences.add(minor.get(1));
            } else {
                title = pick(phase.headlines());
                sentences.add(pick(phase.sentences()));
            }
            sentences.add(pick(phase.sentences()));
            sentences.add(pick(story.context()));
            if (!earlier.isEmpty()) {
                Development recap = earlier.get(random.nextInt(earlier.size()));
                sentences.add(pick(RECAP_OPENERS) + recap.recap());
            }
            sentences.add(pick(story.quotes()));
            if (random.nextBoolean()) {
                sentences.add(pick(story.context()));
            }
            String id = story.label() + "-" + day + "-" + i + "-" + source.substring(0, 2).toLowerCase(Locale.ROOT);
            out.add(new Article(id, source, title, styled(source, story.place(), title, sentences), at, story.label()));
        }
    }

    private void background(int day, List<Article> out) {
        int count = 2 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            int topic = random.nextInt(BACKGROUND.size());
            List<String> item = BACKGROUND.get(topic);
            String source = OUTLETS.get(random.nextInt(OUTLETS.size()));
            Instant at = START.plus(Duration.ofDays(day)).plus(Duration.ofHours(5 + random.nextInt(17)));
            List<String> sentences = new ArrayList<>(item.subList(1, item.size()));
            String id = "bg-" + day + "-" + i;
            out.add(new Article(id, source, item.get(0), styled(source, null, item.get(0), sentences), at,
                    "bg-" + topic + "-" + day));
        }
    }

    /** The outlet's page as a scraper hands it over. */
    private String styled(String source, String place, String title, List<String> sentences) {
        String lede = sentences.get(0);
        String rest = String.join(" ", sentences.subList(1, sentences.size()));
        return switch (source) {
            case "Hemisphere Post" -> lede + "\n\n" + String.join("\n\n", sentences.subList(1, sentences.size()));
            case "Caribbean Wire" -> (place == null ? "" : place.toUpperCase(Locale.ROOT) + " (Caribbean Wire) — ")
                    + lede + " " + rest + "\n\nReporting by Caribbean Wire staff; editing by the world desk.";
            case "Daily Meridian" -> "Trending: " + trending.get(0) + "\nTrending: " + trending.get(1)
                    + "\nTrending: " + trending.get(2) + "\n" + pick(CAPTIONS) + " " + title + " " + lede + "\n" + rest
                    + "\nRead more: " + trending.get(3)
                    + "\nWe use cookies to improve your experience on Daily Meridian. By continuing you accept our "
                    + "cookie policy.";
            default -> "Most read\n1. " + trending.get(4) + "\n2. " + trending.get(1) + "\n3. " + trending.get(5)
                    + "\n" + lede + " " + rest
                    + "\nSubscribe to the Andes Today morning briefing for the stories that matter in the region."
                    + "\nShare this article on social media";
        };
    }

    private void refreshTrending() {
        trending.clear();
        List<String> pool = new ArrayList<>(TRENDING_POOL);
        for (int i = 0; i < 6; i++) {
            trending.add(pool.remove(random.nextInt(pool.size())));
        }
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static final List<String> OUTLETS = List.of("Hemisphere Post", "Caribbean Wire", "Daily Meridian",
            "Andes Today");

    private static final List<String> RECAP_OPENERS = List.of("Earlier in the crisis, ", "Days before, ",
            "Previously, ", "In an earlier turn, ");

    private static final List<String> CAPTIONS = List.of(
            "Photo: a crowd gathers at dusk (Daily Meridian archive).",
            "Image: file photograph, used for illustration.",
            "Photo: supporters wave flags outside a government building.");

    private static final List<String> TRENDING_POOL = List.of(
            "Police arrest suspect in downtown jewellery heist",
            "Two killed in highway pile-up near the airport",
            "Mayor resigns after expenses scandal",
            "Footballer charged over nightclub brawl",
            "Residents protest against new motorway toll",
            "Celebrity chef opens a floating restaurant on the river",
            "Ten gadgets that will change your kitchen this spring",
            "Star striker signs a record contract with a northern club",
            "Why millennials are moving back to small towns",
            "Scientists name a new species of glowing mushroom",
            "Quiz: how well do you know the capitals of the world",
            "Pop singer announces a farewell stadium tour",
            "Housing prices cool for the third month in a row",
            "Marathon runner finishes the race dressed as a lighthouse",
            "The best hiking trails for beginners this season");

    private static final List<List<String>> BACKGROUND = List.of(
            List.of("City council approves new cycling lanes downtown",
                    "The city council voted to build forty kilometres of protected cycling lanes downtown.",
                    "Cyclists welcomed the plan, while some shop owners worried about parking."),
            List.of("Central bank holds interest rates steady",
                    "The central bank kept its benchmark interest rate unchanged, citing cooling inflation.",
                    "Economists expect the first cut in the summer if prices keep easing."),
            List.of("Tropical storm brings heavy rain to the coast",
                    "A tropical storm dumped heavy rain along the coast, flooding low-lying roads.",
                    "Forecasters expect the storm to weaken as it moves inland overnight."),
            List.of("Championship final goes to extra time",
                    "The championship final went to extra time before the home side scored the winning goal.",
                    "Fans celebrated in the square until the early hours."),
            List.of("Tech giant unveils a cheaper smartphone",
                    "The company unveiled a cheaper smartphone aimed at students and first-time buyers.",
                    "Analysts said the device could lift sales in emerging markets."),
            List.of("Museum reopens after a two-year renovation",
                    "The national museum reopened its doors after a two-year renovation of its galleries.",
                    "Visitors queued around the block for the first free weekend."),
            List.of("Airline adds direct flights to the islands",
                    "The airline will add direct flights to the islands from June, doubling weekly seats.",
                    "Tourism officials hope the route will lengthen the high season."));

    private static StoryScript venezuela() {
        String s = "ven";
        List<Development> devs = List.of(
                new Development(s, 0, "PROTEST", List.of("protest", "protesters", "marched", "rally"),
                        List.of("Thousands march in Caracas against Maduro's disputed victory",
                                "Protesters flood Caracas streets after the election result"),
                        List.of("Tens of thousands of protesters marched through Caracas on Monday against Nicolás Maduro's disputed re-election.",
                                "Protesters rallied in Caracas in the largest demonstrations against Nicolás Maduro in years."),
                        "protesters marched through Caracas against Maduro's re-election."),
                new Development(s, 3, "ARREST_CRACKDOWN", List.of("arrested", "crackdown", "detained", "organisers"),
                        List.of("Venezuelan security forces arrest hundreds of opposition organisers",
                                "Maduro government cracks down on protest organisers"),
                        List.of("Venezuelan security forces arrested hundreds of opposition organisers overnight in a sweeping crackdown.",
                                "Police detained more than two hundred protest organisers across Venezuela, rights groups said."),
                        "security forces arrested hundreds of opposition organisers."),
                new Development(s, 6, "LEGAL_ACTION", List.of("charged", "treason", "machado", "prosecutors"),
                        List.of("Prosecutors charge María Corina Machado with treason",
                                "Machado charged with treason as pressure on opposition mounts"),
                        List.of("Venezuelan prosecutors charged opposition leader María Corina Machado with treason on Sunday.",
                                "María Corina Machado was charged with treason by the attorney general's office."),
                        "prosecutors charged María Corina Machado with treason."),
                new Development(s, 9, "SANCTIONS_IMPOSED", List.of("sanctions", "sanctioned", "officials"),
                        List.of("United States imposes sanctions on Venezuelan officials over crackdown",
                                "Washington sanctions Maduro allies over arrests"),
                        List.of("The United States imposed sanctions on sixteen Venezuelan officials it blamed for the crackdown.",
                                "Washington sanctioned senior allies of Nicolás Maduro over the mass arrests."),
                        "the United States imposed sanctions on Venezuelan officials."),
                new Development(s, 12, "NEGOTIATION", List.of("talks", "mediated", "negotiations", "lula"),
                        List.of("Lula mediates talks between Maduro and the opposition",
                                "Maduro and opposition hold talks in Brasília"),
                        List.of("Luiz Inácio Lula da Silva mediated talks between Nicolás Maduro's envoys and Edmundo González in Brasília.",
                                "Envoys of Nicolás Maduro held talks with the opposition in Brasília under Lula's mediation."),
                        "Lula mediated talks between Maduro's envoys and the opposition."),
                new Development(s, 15, "RESIGNATION_TRANSITION", List.of("resign", "step down", "resignation", "steps"),
                        List.of("Maduro agrees to step down under a negotiated transition",
                                "Maduro to resign as part of a transition deal"),
                        List.of("Nicolás Maduro agreed to step down within sixty days under a transition deal brokered in Brasília.",
                                "Nicolás Maduro will resign and hand over power, negotiators on both sides said."),
                        "Maduro agreed to step down under the transition deal."),
                new Development(s, 18, "RESIGNATION_TRANSITION", List.of("sworn", "inaugurated", "gonzalez"),
                        List.of("Edmundo González sworn in as Venezuela's president",
                                "González inaugurated in Caracas as Maduro leaves"),
                        List.of("Edmundo González was sworn in as president of Venezuela in Caracas on Friday.",
                                "Edmundo González was inaugurated before the National Assembly as Nicolás Maduro left the capital."),
                        "Edmundo González was sworn in as president."));
        List<Phase> phases = List.of(
                new Phase(0, List.of("Protests in Venezuela enter another day", "Venezuelans keep up street protests",
                        "Opposition calls for more marches in Caracas"),
                        List.of("Demonstrators again filled avenues in Caracas, banging pots and waving flags.",
                                "The opposition called for fresh marches across Venezuela and urged supporters to stay peaceful.",
                                "Crowds gathered outside the electoral council, demanding the tally sheets.")),
                new Phase(3, List.of("Fear spreads in Venezuelan neighbourhoods after arrests",
                        "Families search for relatives detained in Venezuela", "Rights groups decry repression in Venezuela"),
                        List.of("Families gathered outside detention centres in Caracas looking for relatives.",
                                "Rights groups said the repression was the harshest since 2017.",
                                "Masked agents were seen raiding homes in opposition neighbourhoods of Caracas.")),
                new Phase(9, List.of("Venezuela's economy braces for the effect of new measures",
                        "Regional leaders weigh a way out of Venezuela's crisis", "Diplomats shuttle between Caracas and Brasília"),
                        List.of("Diplomats from Brazil and Colombia shuttled between Caracas and Brasília seeking a deal.",
                                "Bankers in Caracas said the measures would squeeze the government's oil revenue.",
                                "Opposition figures said any deal must include the release of political prisoners.")),
                new Phase(15, List.of("Venezuela prepares for a handover of power", "What comes next for Venezuela",
                        "Caracas celebrates as the transition begins"),
                        List.of("Crowds celebrated in Caracas as the details of the handover were published.",
                                "The transition commission met in Caracas to prepare the handover of ministries.",
                                "Supporters of Maduro's party said they would respect the agreement.")));
        List<String> context = List.of(
                "The electoral council declared Nicolás Maduro the winner of the July election without publishing detailed results.",
                "The opposition led by María Corina Machado says its tally sheets show Edmundo González won by a wide margin.",
                "Venezuela has been in economic crisis for a decade, and millions have left the country.",
                "Diosdado Cabello, a powerful figure in the ruling party, has called the opposition a threat to the nation.");
        List<String> quotes = List.of(
                "\"We will not go home until our votes are respected,\" one marcher in Caracas said.",
                "\"Venezuela deserves a peaceful way out,\" a Brazilian diplomat said.",
                "\"This is a decisive moment for our country,\" Machado wrote on social media.");
        List<List<String>> minor = List.of(
                List.of("Student leader detained in Maracaibo", "Police detained a student leader in Maracaibo after a campus assembly."),
                List.of("Cabello rejects calls for a recount", "Diosdado Cabello rejected calls for a recount of the July vote on his weekly television show."),
                List.of("Venezuelan bishops offer to mediate", "Venezuela's Catholic bishops offered to mediate between the government and the opposition."),
                List.of("Oil workers walk out in Zulia", "Oil workers staged a walkout at two refineries in Zulia over unpaid wages."),
                List.of("Colombia closes border crossings with Venezuela", "Colombia closed two border crossings with Venezuela, citing security concerns."),
                List.of("Journalist arrested covering Caracas march", "A photojournalist was arrested while covering a march in eastern Caracas."),
                List.of("Machado meets European ambassadors", "María Corina Machado met with European ambassadors at a secret location in Caracas."),
                List.of("Venezuelan army general resigns", "A Venezuelan army general resigned, saying he would not order troops against civilians."));
        return new StoryScript(s, "Caracas", devs, phases, context, quotes, minor);
    }

    private static StoryScript ukraineTalks() {
        String s = "ukr";
        List<Development> devs = List.of(
                new Development(s, 1, "NEGOTIATION", List.of("talks", "geneva", "negotiations", "negotiators"),
                        List.of("Ukraine and Russia open ceasefire talks in Geneva",
                                "Negotiators from Kyiv and Moscow meet in Geneva"),
                        List.of("Negotiators from Ukraine and Russia held talks in Geneva on Tuesday on a possible ceasefire.",
                                "Ukrainian and Russian delegations opened negotiations in Geneva under Swiss and Turkish mediation."),
                        "Ukrainian and Russian negotiators held talks in Geneva."),
                new Development(s, 4, "VIOLENCE", List.of("attack", "kharkiv", "missile", "killed", "airstrike"),
                        List.of("Russian missile attack on Kharkiv kills 14 as talks stall",
                                "Kharkiv hit by deadly airstrike during Geneva talks"),
                        List.of("Russia attacked Kharkiv with missiles overnight, killing fourteen people, Ukrainian officials said.",
                                "A Russian airstrike killed fourteen people in Kharkiv, the regional governor said."),
                        "a Russian missile attack killed fourteen people in Kharkiv."),
                new Development(s, 7, "REJECT", List.of("rejected", "rejects", "zelensky", "proposal"),
                        List.of("Zelensky rejects Russian proposal to freeze the front line",
                                "Kyiv rebuffs Moscow's plan to freeze the front"),
                        List.of("Volodymyr Zelensky rejected a Russian proposal to freeze the front line, calling it a trap.",
                                "Volodymyr Zelensky rebuffed Moscow's plan to freeze the front line on Sunday."),
                        "Zelensky rejected Russia's proposal to freeze the front line."),
                new Development(s, 10, "OFFER", List.of("offered", "offers", "putin", "ceasefire", "prisoner"),
                        List.of("Putin offers a thirty-day ceasefire and a prisoner exchange",
                                "Putin proposes a truce and prisoner swap"),
                        List.of("Vladimir Putin offered a thirty-day ceasefire and an exchange of prisoners on Wednesday.",
                                "Vladimir Putin proposed a thirty-day truce and a large prisoner exchange."),
                        "Putin offered a thirty-day ceasefire and a prisoner exchange."),
                new Development(s, 14, "ACCEPT", List.of("accepted", "accepts", "agreed", "ceasefire"),
                        List.of("Zelensky accepts ceasefire as prisoner exchange begins",
                                "Ukraine agrees to thirty-day truce"),
                        List.of("Volodymyr Zelensky accepted the thirty-day ceasefire after the first prisoners were exchanged.",
                                "Volodymyr Zelensky agreed to the thirty-day truce, his office said on Sunday."),
                        "Zelensky accepted the thirty-day ceasefire."),
                new Development(s, 17, "LEGAL_ACTION", List.of("warrant", "court", "prosecutors", "indicted"),
                        List.of("Court issues arrest warrants over Kharkiv strike",
                                "Prosecutors seek arrest warrants for commanders behind Kharkiv attack"),
                        List.of("Judges in The Hague issued arrest warrants for two Russian commanders over the Kharkiv strike.",
                                "Prosecutors in The Hague obtained arrest warrants for the commanders blamed for the Kharkiv strike."),
                        "judges issued arrest warrants over the Kharkiv strike."));
        List<Phase> phases = List.of(
                new Phase(0, List.of("Diplomats gather in Geneva for Ukraine talks", "Hopes and doubts over the Geneva track",
                        "Kyiv sets out its conditions for a truce"),
                        List.of("Diplomats said the Geneva track was the most serious attempt at a truce in a year.",
                                "Ukrainian officials set out conditions including the return of deported children.",
                                "Swiss hosts prepared the lakeside venue for a second round.")),
                new Phase(4, List.of("Kharkiv buries its dead", "Air raid sirens sound across eastern Ukraine",
                        "Residents of Kharkiv shelter in metro stations"),
                        List.of("Residents of Kharkiv spent the night in metro stations as sirens sounded.",
                                "Rescue workers searched the rubble of a residential block in Kharkiv.",
                                "Air defence units intercepted drones over eastern Ukraine.")),
                new Phase(10, List.of("Front-line soldiers wary of a pause", "Families of prisoners wait for news",
                        "European leaders press for a lasting truce"),
                        List.of("Families of prisoners of war gathered in Kyiv hoping for names on the exchange list.",
                                "Soldiers on the front said they doubted a pause would hold.",
                                "European leaders urged both sides to turn a pause into a lasting truce.")));
        List<String> context = List.of(
                "Russia launched its full-scale invasion of Ukraine in February 2022.",
                "Türkiye and Switzerland have offered to host further rounds of talks.",
                "Vladimir Putin has demanded that Ukraine give up its bid to join NATO.",
                "Volodymyr Zelensky says any deal must guarantee Ukraine's security.");
        List<String> quotes = List.of(
                "\"We want peace, but not at any price,\" a Ukrainian negotiator said.",
                "\"Every day without a truce costs lives,\" a Swiss mediator said.",
                "\"The front is quiet only on paper,\" a soldier near Kharkiv said.");
        List<List<String>> minor = List.of(
                List.of("Drones attack power plant in Sumy region", "Drones attacked a power plant in the Sumy region overnight, cutting electricity to thousands."),
                List.of("Hungary rejects new aid package for Kyiv", "Hungary rejected a new European aid package for Ukraine at a meeting in Brussels."),
                List.of("Ukrainian court jails collaborator", "A Ukrainian court jailed a former official for collaborating with Russian forces."),
                List.of("Russian ship detained in the Baltic", "Finnish authorities detained a Russian cargo ship suspected of damaging a cable."),
                List.of("Erdoğan offers to host next round", "Recep Tayyip Erdoğan offered to host the next round of talks in Istanbul."),
                List.of("Shelling wounds six in Kherson", "Russian shelling wounded six civilians in Kherson, local officials said."),
                List.of("Ukraine's deputy defence minister resigns", "Ukraine's deputy defence minister resigned after a procurement scandal."));
        return new StoryScript(s, "Kyiv", devs, phases, context, quotes, minor);
    }

    private static StoryScript peru() {
        String s = "per";
        List<Development> devs = List.of(
                new Development(s, 2, "PROTEST", List.of("protest", "protesters", "pension", "marched"),
                        List.of("Protesters march in Lima against Boluarte's pension reform",
                                "Thousands rally in Lima over pension overhaul"),
                        List.of("Thousands of protesters marched in Lima against Dina Boluarte's pension reform on Wednesday.",
                                "Unions rallied in Lima against the pension overhaul pushed by Dina Boluarte."),
                        "unions marched in Lima against the pension reform."),
                new Development(s, 5, "VIOLENCE", List.of("clashes", "killed", "police", "clashed"),
                        List.of("Two killed as police clash with protesters in Peru",
                                "Deadly clashes in Lima over pension reform"),
                        List.of("Two protesters were killed when police clashed with marchers near Congress in Lima.",
                                "Clashes between police and demonstrators left two people dead in Lima."),
                        "two protesters were killed in clashes with police in Lima."),
                new Development(s, 8, "LEGAL_ACTION", List.of("prosecutors", "investigation", "charged", "boluarte"),
                        List.of("Prosecutors charge police commanders over Lima deaths",
                                "Peru's prosecutors indict officers over protest killings"),
                        List.of("Peruvian prosecutors charged three police commanders over the deaths of two protesters in Lima.",
                                "Prosecutors indicted three police commanders over the protest killings in Lima."),
                        "prosecutors charged three police commanders over the deaths."),
                new Development(s, 11, "RESIGNATION_TRANSITION", List.of("resigned", "minister", "interior", "resignation"),
                        List.of("Peru's interior minister resigns over protest deaths",
                                "Interior minister steps down as Boluarte faces pressure"),
                        List.of("Peru's interior minister resigned on Saturday, saying he took responsibility for the deaths in Lima.",
                                "The interior minister stepped down as pressure mounted on Dina Boluarte's government."),
                        "the interior minister resigned over the deaths."),
                new Development(s, 13, "NEGOTIATION", List.of("talks", "unions", "negotiations", "met"),
                        List.of("Boluarte holds talks with unions to end the strike",
                                "Peru's government and unions open negotiations"),
                        List.of("Dina Boluarte held talks with union leaders in Lima in a bid to end the strike.",
                                "Dina Boluarte met with union leaders at the government palace in Lima on Monday."),
                        "Boluarte held talks with union leaders."),
                new Development(s, 16, "ACCEPT", List.of("agreed", "shelve", "reform", "accepted"),
                        List.of("Boluarte agrees to shelve pension reform",
                                "Peru's unions accept deal as pension reform is shelved"),
                        List.of("Dina Boluarte agreed to shelve the pension reform after a night of negotiations with the unions.",
                                "Dina Boluarte accepted the unions' demand to shelve the pension reform."),
                        "Boluarte agreed to shelve the pension reform."));
        List<Phase> phases = List.of(
                new Phase(0, List.of("Peruvian unions call a general strike", "Strike paralyses Peru's capital",
                        "Pension anger spreads across Peru"),
                        List.of("Buses stood idle in Lima as transport unions joined the strike.",
                                "Teachers and miners said they would join the strike against the pension plan.",
                                "Shops in central Lima stayed shuttered for a second day.")),
                new Phase(5, List.of("Peru mourns protesters killed in Lima", "Questions mount over Peru's police tactics",
                        "Lima's streets tense after deaths"),
                        List.of("Mourners carried coffins through central Lima, chanting against the government.",
                                "Human rights lawyers questioned the police's use of live ammunition.",
                                "Congress summoned the police chief to explain the deaths.")),
                new Phase(11, List.of("Peru's government seeks a way out of the pension standoff",
                        "Unions weigh the government's new offer", "Calm returns to Lima as talks continue"),
                        List.of("Union leaders said they would consult members before any deal.",
                                "Ministers said the government was open to revising the reform.",
                                "Traffic returned to central Lima as the strike eased.")));
        List<String> context = List.of(
                "Dina Boluarte's government says the pension reform is needed to keep the system solvent.",
                "Peru has had six presidents since 2016, and Congress has removed several of them.",
                "The reform would raise the retirement age and cut payments for millions of workers in Peru.",
                "Boluarte's approval rating has fallen below ten percent, according to pollsters in Lima.");
        List<String> quotes = List.of(
                "\"We have worked all our lives for this pension,\" a retired teacher in Lima said.",
                "\"The government must listen to the streets,\" a union leader said.",
                "\"Peru cannot afford another crisis,\" an economist in Lima said.");
        List<List<String>> minor = List.of(
                List.of("Miners block highway in southern Peru", "Miners protested by blocking the Pan-American highway south of Arequipa."),
                List.of("Police arrest union organiser in Cusco", "Police arrested a union organiser in Cusco on charges of inciting unrest."),
                List.of("Peru's Congress rejects censure motion", "Peru's Congress rejected a censure motion against the labour minister."),
                List.of("Farmers join strike in Puno", "Farmers in Puno marched to the regional government building to join the strike."),
                List.of("Ombudsman offers to mediate in pension row", "Peru's ombudsman offered to mediate between the unions and the government."),
                List.of("Lima transport operators threaten indefinite stoppage", "Transport operators in Lima threatened an indefinite stoppage from next week."));
        return new StoryScript(s, "Lima", devs, phases, context, quotes, minor);
    }
}
