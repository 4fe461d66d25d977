package io.newsflow.alerts.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Only literal addresses here: the checks resolve names, and a test must not depend on anyone's DNS. */
class WebhookTargetsTest {
    private final WebhookTargets byDefault = WebhookTargets.allowing("");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "http://127.0.0.1:8080/hook | resolves to 127.0.0.1, a loopback address",
        "http://[::1]/hook | resolves to 0:0:0:0:0:0:0:1, a loopback address",
        "http://169.254.169.254/latest/meta-data/ | a link-local address (such as a cloud metadata endpoint)",
        "http://10.1.2.3/ | a private-network address",
        "http://172.16.0.9/ | a private-network address",
        "https://192.168.1.1/ | a private-network address",
        "http://0.0.0.0:9400/health | the unspecified address",
        "http://100.64.0.1/ | a carrier-grade NAT address",
        "http://[fd12:3456::1]/ | a unique-local (private) IPv6 address",
        "http://[::ffff:127.0.0.1]/ | a loopback address",
        "file:///etc/passwd | is not an http(s) URL",
        "gopher://example.org/ | is not an http(s) URL",
        "http:///no-host | names no host"})
    void internalOrNonHttpTargetsAreRefusedSayingWhy(String url, String why) {
        WebhookTargets.Verdict verdict = byDefault.check(url);
        assertEquals(WebhookTargets.Verdict.Kind.REFUSED, verdict.kind(), url + " -> " + verdict);
        assertTrue(verdict.reason().contains(why), url + " -> " + verdict);
    }

    @Test
    void publicAddressesAreAllowed() {
        assertEquals(WebhookTargets.Verdict.Kind.ALLOWED, byDefault.check("https://93.184.215.14/hooks/newsflow").kind());
        assertEquals(WebhookTargets.Verdict.Kind.ALLOWED,
                byDefault.check("http://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/").kind());
    }

    @Test
    void anOperatorAllowsPrivateRangesExplicitly() {
        WebhookTargets internal = WebhookTargets.allowing("10.20.0.0/16, 127.0.0.1/32");

        assertEquals(WebhookTargets.Verdict.Kind.ALLOWED, internal.check("http://10.20.7.1/hook").kind());
        assertEquals(WebhookTargets.Verdict.Kind.ALLOWED, internal.check("http://127.0.0.1:8080/hook").kind());
        assertEquals(WebhookTargets.Verdict.Kind.REFUSED, internal.check("http://10.21.0.1/hook").kind(),
                "outside the allowed range");
        assertEquals(WebhookTargets.Verdict.Kind.REFUSED, internal.check("http://169.254.169.254/").kind());
    }

    @Test
    void aHostThatDoesNotResolveIsToBeAskedAgainNotRefused() {
        WebhookTargets.Verdict verdict = byDefault.check("https://no-such-host.invalid/hook");
        assertEquals(WebhookTargets.Verdict.Kind.UNRESOLVED, verdict.kind());
        assertEquals("https://no-such-host.invalid/hook: the host no-such-host.invalid cannot be resolved",
                verdict.reason());
    }

    @Test
    void aMalformedAllowListNamesTheSettingAndTheEntry() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> WebhookTargets.allowing("10.0.0.0/8,intranet.local"));
        assertEquals("setting 'alerts.webhook.allow.private': 'intranet.local' is not an address range (no "
                + "/prefix-length); give ranges such as 10.0.0.0/8, 127.0.0.1/32 or fd00::/8, separated by commas",
                error.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WebhookTargets.allowing("10.0.0.0/40"))
                .getMessage().contains("the prefix length must be 0-32"));
    }

    @Test
    void mappedIpv4AddressesAreJudgedAsTheirIpv4Address() throws Exception {
        assertEquals(Optional.of("a private-network address"),
                WebhookTargets.nonPublicKind(InetAddress.getByName("::ffff:10.0.0.1")));
    }
}
