package io.newsflow.ingest.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalUrlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "HTTPS://News.Example.COM/World/Story?id=7&utm_source=tw&utm_medium=social#comments"
                    + " | https://news.example.com/World/Story?id=7",
            "https://news.example.com/a?fbclid=abc&page=2&gclid=x | https://news.example.com/a?page=2",
            "http://news.example.com:80 | http://news.example.com/",
            "https://news.example.com:8443/a?UTM_Campaign=spring | https://news.example.com:8443/a",
            "https://news.example.com/a?mc_cid=1&mc_eid=2&igshid=3&msclkid=4 | https://news.example.com/a"})
    void dropsTrackingParametersAndFragmentAndLowercasesSchemeAndHost(String url, String canonical) {
        assertEquals(Optional.of(canonical), CanonicalUrl.of(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not a url", "/relative/path", "ftp://files.example.com/a", "mailto:desk@example.com"})
    void refusesWhatIsNotAnAbsoluteWebUrl(String url) {
        assertEquals(Optional.empty(), CanonicalUrl.of(url));
    }
}
