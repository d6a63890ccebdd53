package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.hearth.support.IntegrationTest;
import org.hearth.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Page tests in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}), one browser for the
 * whole run. Every page a test opens is checked with axe-core: no serious or critical violations.
 */
public abstract class BrowserTest extends IntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static WebDriver sharedDriver;

    @LocalServerPort
    int port;

    protected WebDriver browser;

    @BeforeEach
    void freshBrowserSession() {
        browser = driver();
        browser.manage().deleteAllCookies();
    }

    private static synchronized WebDriver driver() {
        if (sharedDriver == null) {
            if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
                throw new IllegalStateException("Browser tests need Chromium and its driver at " + CHROMIUM + " and "
                        + CHROMEDRIVER + ". On Debian: apt-get install chromium chromium-driver");
            }
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,1024",
                    "--user-data-dir=" + System.getProperty("java.io.tmpdir") + "/hearth-chromium-" + UUID.randomUUID());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
            sharedDriver = new ChromeDriver(service, options);
            sharedDriver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            WebDriver toClose = sharedDriver;
            Runtime.getRuntime().addShutdownHook(new Thread(toClose::quit));
        }
        return sharedDriver;
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a page and checks its accessibility. */
    protected void open(String path) {
        browser.get(url(path));
        assertAccessible();
    }

    protected void signInAs(String username) {
        browser.get(url("/login"));
        assertAccessible();
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(TestData.PASSWORD);
        follow(By.id("sign-in"));
    }

    /**
     * Clicks a link or button that loads a new page and waits for that page: the old document must go stale and the
     * new one finish loading. A bare click can return before the navigation starts, which made sign-in look failed on
     * slower machines (the password check takes a moment).
     */
    protected void follow(By target) {
        WebElement oldPage = browser.findElement(By.tagName("html"));
        browser.findElement(target).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        // the old page is gone once its root element can no longer be reached (Chromium reports that in more than one
        // way: a stale reference, or a node that "does not belong to the document")
        wait.until(d -> {
            try {
                oldPage.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    protected void assertAccessible() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser);
        List<String> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(BrowserTest::describe).toList();
        assertThat(serious).as("serious or critical accessibility problems on " + browser.getCurrentUrl()).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
    }

    protected String text(String cssSelector) {
        return browser.findElement(By.cssSelector(cssSelector)).getText();
    }
}
