package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.hearth.HearthApplication;
import org.hearth.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Sign-in through a real local OIDC provider (mock-oauth2-server), end to end over HTTP: a known user signs in and
 * gets the roles and teams their groups map to; an unknown user is refused with a clear page; auto-provisioning
 * creates the account from groups; bearer tokens from the provider work on the API with the same rules.
 */
class OidcSignInTest extends IntegrationTest {

    private static MockOAuth2Server identityProvider;
    private static ConfigurableApplicationContext hearth;
    private static ConfigurableApplicationContext provisioningHearth;

    @Autowired
    HikariDataSource dataSource;

    @BeforeAll
    static void startIdentityProvider() {
        identityProvider = new MockOAuth2Server();
        identityProvider.start();
    }

    @AfterAll
    static void stopAll() {
        if (hearth != null) {
            hearth.close();
        }
        if (provisioningHearth != null) {
            provisioningHearth.close();
        }
        identityProvider.shutdown();
    }

    @BeforeEach
    void hearthSignsInThroughTheProvider() {
        if (hearth == null) {
            hearth = start(false);
            provisioningHearth = start(true);
        }
    }

    private ConfigurableApplicationContext start(boolean autoProvision) {
        return new SpringApplicationBuilder(HearthApplication.class).run(
                "--hearth.database.url=" + dataSource.getJdbcUrl().replaceAll("\\?.*", ""),
                "--hearth.oidc.issuer-uri=" + identityProvider.issuerUrl("council"),
                "--hearth.oidc.client-id=hearth", "--hearth.oidc.client-secret=secret",
                "--hearth.oidc.group-roles.cic-north=SOCIAL_WORKER",
                "--hearth.oidc.group-teams.cic-north=Children in Care North",
                "--hearth.oidc.group-roles.heads=HEAD_OF_SERVICE",
                "--hearth.oidc.auto-provision=" + autoProvision,
                "--hearth.oidc.api-issuer-uri=" + identityProvider.issuerUrl("api"),
                "--hearth.oidc.api-audience=hearth-api",
                "--server.port=0", "--spring.jmx.enabled=false", "--hearth.oversight.recalculate-at-start-up=false",
                "--hearth.oversight.daily-recalculation=-", "--spring.main.banner-mode=off");
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    /** Follows the whole authorisation code flow as a browser would, and returns the last page. */
    private static HttpResponse<String> signInThroughProvider(ConfigurableApplicationContext app, String username,
            List<String> groups) throws IOException, InterruptedException {
        identityProvider.enqueueCallback(new DefaultOAuth2TokenCallback("council", username, "JWT", List.of("hearth"),
                Map.of("preferred_username", username, "groups", groups), 3600));
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        URI next = URI.create("http://localhost:" + port(app) + "/oauth2/authorization/council");
        for (int hop = 0; hop < 10; hop++) {
            HttpResponse<String> response = browser.send(HttpRequest.newBuilder(next).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 3) {
                return response;
            }
            next = next.resolve(response.headers().firstValue("Location").orElseThrow());
        }
        throw new AssertionError("Too many redirects");
    }

    @Test
    void aKnownUserSignsInAndTheirGroupsDecideRolesAndTeams() throws Exception {
        HttpResponse<String> page = signInThroughProvider(hearth, "worker", List.of("cic-north"));
        assertThat(page.uri().getPath()).isEqualTo("/caseload");
        assertThat(page.body()).contains("My caseload").contains("Signed in as");
        assertThat(data.ownerJdbc().queryForList("SELECT role FROM user_role WHERE user_id = ?", String.class,
                data.worker)).containsExactly("SOCIAL_WORKER");
    }

    @Test
    void groupsMappingToAnotherRoleChangeTheUsersRole() throws Exception {
        HttpResponse<String> page = signInThroughProvider(hearth, "worker", List.of("heads"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(data.ownerJdbc().queryForList("SELECT role FROM user_role WHERE user_id = ?", String.class,
                data.worker)).containsExactly("HEAD_OF_SERVICE");
        assertThat(data.ownerJdbc().queryForList("SELECT team_id FROM team_membership WHERE user_id = ?",
                String.class, data.worker)).isEmpty();
    }

    @Test
    void anUnknownUserIsRefusedWithAClearPage() throws Exception {
        long users = data.count("app_user");
        HttpResponse<String> page = signInThroughProvider(hearth, "stranger", List.of("cic-north"));
        assertThat(page.uri().getQuery()).contains("refused=hearth_unknown_user");
        assertThat(page.body()).contains("Your council account is not set up in Hearth");
        assertThat(data.count("app_user")).isEqualTo(users);
    }

    @Test
    void aKnownUserInNoMappedGroupIsRefused() throws Exception {
        HttpResponse<String> page = signInThroughProvider(hearth, "worker", List.of("canteen"));
        assertThat(page.body()).contains("not in any group that gives a role in Hearth");
    }

    @Test
    void withAutoProvisioningAnUnknownUserGetsAnAccountFromTheirGroups() throws Exception {
        HttpResponse<String> page = signInThroughProvider(provisioningHearth, "new.starter", List.of("cic-north"));
        assertThat(page.uri().getPath()).isEqualTo("/caseload");
        assertThat(data.ownerJdbc().queryForObject("""
                SELECT r.role FROM app_user u JOIN user_role r ON r.user_id = u.id
                WHERE u.username = 'new.starter'""", String.class)).isEqualTo("SOCIAL_WORKER");
    }

    @Test
    void bearerTokensFromTheProviderWorkOnTheApiWithTheSameRules() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String base = "http://localhost:" + port(hearth) + "/api/v1/children";
        String forPerformance = token("performance", "hearth-api");
        String forAdmin = token("admin", "hearth-api");
        String forSomeoneUnknown = token("nobody", "hearth-api");
        String forAnotherApi = token("performance", "another-api");
        assertThat(get(client, base, forPerformance).statusCode()).isEqualTo(200);
        assertThat(get(client, base, forAdmin).statusCode()).isEqualTo(403);
        assertThat(get(client, base, forSomeoneUnknown).statusCode()).isEqualTo(401);
        assertThat(get(client, base, forAnotherApi).statusCode()).isEqualTo(401);
        assertThat(get(client, base, "not-a-token").statusCode()).isEqualTo(401);
    }

    private static String token(String username, String audience) {
        return identityProvider.issueToken("api", "case-system", new DefaultOAuth2TokenCallback("api", username, "JWT",
                List.of(audience), Map.of("preferred_username", username), 3600)).serialize();
    }

    private static HttpResponse<String> get(HttpClient client, String url, String token) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
