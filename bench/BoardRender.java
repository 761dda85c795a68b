import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Times the board page as a sales rep opens it: Debian's headless Chromium (STACK.md trap 11),
 * logged in as admin, loads {@code /} LOADS times (after WARMUP loads not counted). A script
 * installed in every new document (before the page's own) watches the DOM and notes
 * {@code performance.now()} (milliseconds since navigation start) when the page holds
 * CARDS deal cards ({@code .deal-card}) and COLUMNS stage titles ({@code h3}), then once more
 * after the next frame was painted. The browser cache is warm after the first load, as for a
 * rep who opens the board again. Prints one "RENDER key=value" line.
 *
 * <p>Run: {@code ADMIN_PASSWORD=... java -cp <selenium classpath> bench/BoardRender.java BASE_URL CARDS COLUMNS LOADS WARMUP}
 */
public class BoardRender {

    private static final String WATCH = """
            (() => {
              const cards = %d, columns = %d;
              window.__board = null;
              const found = document.getElementsByClassName('deal-card');
              const titles = document.getElementsByTagName('h3');
              const observer = new MutationObserver(() => {
                if (window.__board || found.length < cards || titles.length < columns) return;
                observer.disconnect();
                const board = { dom: performance.now(), cards: found.length, columns: titles.length };
                window.__board = board;
                requestAnimationFrame(() => setTimeout(() => { board.painted = performance.now(); }, 0));
              });
              observer.observe(document, { childList: true, subtree: true });
            })();
            """;

    private static final String MEASURED = """
            const board = window.__board;
            if (!board || board.painted === undefined) return null;
            const uidl = performance.getEntriesByType('resource').filter(e => e.name.includes('v-r='))
                .reduce((sum, e) => sum + e.decodedBodySize, 0);
            return [board.dom, board.painted, board.cards, board.columns,
                    document.getElementsByTagName('*').length, uidl];
            """;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int cards = Integer.parseInt(args[1]);
        int columns = Integer.parseInt(args[2]);
        int loads = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        String password = System.getenv("ADMIN_PASSWORD");
        Path profile = Files.createTempDirectory("leadwire-bench-chromium");
        ChromeDriver browser = start(profile);
        try {
            logIn(browser, base, password);
            browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                    Map.of("source", String.format(Locale.ROOT, WATCH, cards, columns)));
            double[] dom = new double[loads];
            double[] painted = new double[loads];
            List<Object> last = null;
            for (int i = 0; i < warmup + loads; i++) {
                browser.get(base + "/");
                @SuppressWarnings("unchecked")
                List<Object> measured = new WebDriverWait(browser, Duration.ofSeconds(120), Duration.ofMillis(20))
                        .until(driver -> (List<Object>) browser.executeScript(MEASURED));
                if (browser.getCurrentUrl().contains("/login")) {
                    throw new IllegalStateException("the board sent the browser to the login page");
                }
                if (i >= warmup) {
                    dom[i - warmup] = ((Number) measured.get(0)).doubleValue();
                    painted[i - warmup] = ((Number) measured.get(1)).doubleValue();
                }
                last = measured;
            }
            Arrays.sort(dom);
            Arrays.sort(painted);
            System.out.printf(Locale.ROOT,
                    "RENDER loads=%d warmup=%d cards=%s columns=%s p50ms=%.0f p99ms=%.0f maxms=%.0f painted_p50ms=%.0f painted_p99ms=%.0f "
                            + "painted_maxms=%.0f dom_elements=%s uidl_kb=%.0f%n",
                    loads, warmup, last.get(2), last.get(3), pct(dom, 0.50), pct(dom, 0.99), dom[loads - 1], pct(painted, 0.50),
                    pct(painted, 0.99), painted[loads - 1], last.get(4), ((Number) last.get(5)).doubleValue() / 1024);
        } finally {
            browser.quit();
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private static ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1600,1000",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static void logIn(ChromeDriver browser, String base, String password) {
        browser.get(base + "/login");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        WebElement username = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        username.sendKeys("admin");
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait.until(driver -> !driver.getCurrentUrl().contains("/login"));
    }

    private static double pct(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p * sorted.length) - 1))];
    }
}
