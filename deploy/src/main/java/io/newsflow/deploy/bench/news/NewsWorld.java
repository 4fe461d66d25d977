package io.newsflow.deploy.bench.news;

import java.util.List;

/**
 * The people, places, outlets and subjects the bench's news is about. Names are ones the bundled knowledge
 * base knows, so tagging, stories and alerts have real work to do, as they would on real news.
 */
final class NewsWorld {
    static final List<String> PARTIES = List.of("United States", "China", "Russia", "Iran", "Venezuela", "Brazil",
            "Colombia", "Mexico", "European Union", "United Kingdom", "France", "Germany", "India", "Japan",
            "Ukraine", "Israel", "Egypt", "Nigeria", "South Africa", "Argentina", "Chile", "Peru", "Canada",
            "Australia", "Saudi Arabia", "Pakistan", "Indonesia", "South Korea", "Cuba", "Nicaragua", "Norway",
            "Qatar", "Kenya", "Ethiopia", "Spain", "Italy", "Poland");
    static final List<String> LEADERS = List.of("Nicolás Maduro", "Gustavo Petro", "Claudia Sheinbaum",
            "Javier Milei", "Emmanuel Macron", "Keir Starmer", "Narendra Modi", "Volodymyr Zelensky",
            "Friedrich Merz", "Luiz Inácio Lula da Silva", "Cyril Ramaphosa", "William Ruto", "Giorgia Meloni",
            "Pedro Sánchez", "Anthony Albanese", "Gabriel Boric", "Daniel Noboa", "António Guterres");
    static final List<String> SUBJECTS = List.of("oil exports", "grain shipments", "border security",
            "fishing rights", "the port concession", "a gas pipeline", "steel tariffs", "migration",
            "the nuclear programme", "debt relief", "the disputed election", "mining licences", "water rights",
            "the ceasefire", "rare earth exports", "airline routes", "a currency swap", "detained journalists",
            "electricity prices", "fertiliser supplies", "a railway contract", "offshore drilling",
            "vaccine patents", "refugee camps", "the copper royalty", "satellite launches", "coffee quotas",
            "a hydroelectric dam", "naval patrols", "cross-border trucking");
    static final List<String> CITIES = List.of("Geneva", "Brussels", "Doha", "Istanbul", "Nairobi", "Lima",
            "Bogotá", "Jakarta", "Vienna", "Oslo", "Panama City", "Santiago", "Madrid", "Cairo", "Ottawa");
    static final List<String> OUTLETS = List.of("Harbor Daily", "Meridian Times", "Caribbean Wire",
            "Northern Ledger", "Coastline Post", "Continental Report", "Evening Courier", "Global Desk",
            "Capital Observer", "Riverside Herald", "Atlas News", "Summit Gazette");
    static final List<String> SPEAKERS = List.of("a senior diplomat", "the deputy foreign minister",
            "a government spokesperson", "two officials familiar with the talks", "an adviser to the president",
            "the trade minister", "a central bank official", "an opposition lawmaker",
            "analysts at a regional think tank", "a United Nations envoy", "the energy minister",
            "a negotiator who asked not to be named", "the chamber of commerce", "a former ambassador");
    static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday");
    static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    private NewsWorld() {
    }
}
