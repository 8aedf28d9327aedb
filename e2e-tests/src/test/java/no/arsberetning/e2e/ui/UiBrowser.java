package no.arsberetning.e2e.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.http.ClientConfig;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through Debian's chromedriver (no driver or browser download: both paths are
 * given, so Selenium Manager never runs), with a fresh profile and download folder, background networking
 * off. Logs in on Keycloak's own login page like a person.
 */
final class UiBrowser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    /** A command the browser never answers fails after this. */
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(150);

    final ChromeDriver driver;
    final Path downloads;
    private final Path profile;
    private final ChromeDriverService service;

    private UiBrowser(ChromeDriver driver, ChromeDriverService service, Path profile, Path downloads) {
        this.driver = driver;
        this.service = service;
        this.profile = profile;
        this.downloads = downloads;
    }

    /**
     * A fresh browser, logged in as the user on Keycloak's page. Rarely, on a busy machine, the login form's
     * post never reaches Keycloak and the tab stops answering altogether; then that browser is thrown away
     * and the login is done again in a new one (at most three browsers).
     */
    static UiBrowser loggedIn(String user) {
        return loggedIn(user, COMMAND_TIMEOUT);
    }

    /**
     * The same, for a browser whose commands may run longer than usual: axe-core's WCAG 2.2 rules on the whole
     * report document (thousands of links and cells) run for minutes on a busy machine.
     */
    static UiBrowser loggedIn(String user, Duration commandTimeout) {
        for (int attempt = 1; ; attempt++) {
            UiBrowser browser = start(commandTimeout);
            try {
                return browser.login(user);
            } catch (WebDriverException stuck) {
                browser.discard();
                if (attempt == 3) {
                    throw stuck;
                }
                System.out.println("Login as " + user + " in the browser got stuck (" + stuck.getClass().getSimpleName()
                        + "); trying again in a new browser");
            }
        }
    }

    static UiBrowser start() {
        return start(COMMAND_TIMEOUT);
    }

    private static UiBrowser start(Duration commandTimeout) {
        String chromium = executable("CHROMIUM_BIN", "/usr/bin/chromium", "/usr/bin/chromium-browser");
        String chromedriver = executable("CHROMEDRIVER_BIN", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        try {
            Path profile = Files.createTempDirectory("ui-chromium-profile");
            Path downloads = Files.createTempDirectory("ui-downloads");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium);
            // Commands never wait for a navigation; the tests wait for what they need, on their own terms.
            options.setPageLoadStrategy(PageLoadStrategy.NONE);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1000", "--lang=nb-NO");
            Map<String, Object> prefs = new HashMap<>();
            prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
            prefs.put("download.prompt_for_download", false);
            prefs.put("intl.accept_languages", "nb-NO,nb,no");
            prefs.put("credentials_enable_service", false);
            prefs.put("profile.password_manager_enabled", false);
            prefs.put("profile.password_manager_leak_detection", false);
            options.setExperimentalOption("prefs", prefs);
            ChromeDriverService.Builder builder = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(chromedriver))
                    .usingAnyFreePort();
            String driverLog = System.getenv("UI_CHROMEDRIVER_LOG");
            if (driverLog != null && !driverLog.isBlank()) {
                builder.withLogFile(new File(driverLog + "-" + System.nanoTime() + ".log")).withVerbose(true);
            }
            ChromeDriverService service = builder.build();
            // A command the browser never answers fails after this (chromedriver itself gives up after 120 s).
            ClientConfig client = ClientConfig.defaultConfig().readTimeout(commandTimeout);
            ChromeDriver driver = new ChromeDriver(service, options, client);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
            driver.executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
            return new UiBrowser(driver, service, profile, downloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String executable(String env, String... candidates) {
        String configured = System.getenv(env);
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        for (String candidate : candidates) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("No " + candidates[0] + ": the browser tests need Debian's chromium and chromium-driver "
                + "(apt-get install chromium chromium-driver), or " + env + " pointing at one.");
    }

    /** Opens the UI, is sent to Keycloak's login page, logs in there, and waits for the UI's first page. */
    private UiBrowser login(String user) {
        driver.get(Suite.gateway().resolve("/").toString());
        await(d -> !d.findElements(By.id("username")).isEmpty() && !d.findElements(By.id("kc-login")).isEmpty());
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(Suite.password(user));
        script("arguments[0].click();", driver.findElement(By.id("kc-login")));
        new WebDriverWait(driver, Duration.ofSeconds(75), Duration.ofMillis(250))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.getCurrentUrl().startsWith(Suite.gateway().toString()));
        awaitPageOrReload();
        return this;
    }

    /** Ends a browser that may no longer answer: its driver process is stopped whatever the browser does. */
    private void discard() {
        Thread quit = new Thread(() -> {
            try {
                driver.quit();
            } catch (RuntimeException ignored) {
                // the driver process is stopped below
            }
        });
        quit.setDaemon(true);
        quit.start();
        try {
            quit.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        service.stop();
        // Whatever of this browser is left (it has its own profile folder) is ended too.
        String mine = "--user-data-dir=" + profile.toAbsolutePath();
        ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(args -> java.util.Arrays.asList(args).contains(mine)).orElse(false))
                .forEach(ProcessHandle::destroyForcibly);
        deleteQuietly(profile);
        deleteQuietly(downloads);
    }

    /** Goes to a route of the UI ("#/oversikt/2023") and waits until the page has rendered. */
    UiBrowser open(String route) {
        String url = Suite.gateway().resolve("/").toString() + route;
        if (!driver.getCurrentUrl().startsWith(Suite.gateway().toString())) {
            driver.get(url);
        } else if (driver.getCurrentUrl().equals(url)) {
            refresh();
        } else {
            String before = currentPageId();
            script("window.location.hash = arguments[0];", route);
            await(d -> !currentPageId().equals(before));
        }
        awaitPageOrReload();
        return this;
    }

    /** Clicks a link to another route of the UI and waits until that page has rendered. */
    UiBrowser follow(WebElement link) {
        String before = currentPageId();
        link.click();
        await(d -> !currentPageId().equals(before));
        awaitPage();
        return this;
    }

    /** Loads the current route again from the server (a full page load). */
    UiBrowser reload() {
        refresh();
        awaitPage();
        return this;
    }

    private void refresh() {
        script("window.__beforeReload = true;");
        driver.navigate().refresh();
        await(d -> !Boolean.TRUE.equals(script("return window.__beforeReload === true;")));
    }

    /**
     * Waits until the page is ready; a page still loading after a minute and a half (a freshly started
     * platform on a busy machine) is loaded once more before giving up.
     */
    private void awaitPageOrReload() {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(90), Duration.ofMillis(250))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> !d.findElements(By.cssSelector("#app .page[data-ready='true']")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException slow) {
            System.out.println("The page " + driver.getCurrentUrl() + " was not ready after 90 s; loading it again");
            reload();
        }
    }

    /** Waits until the current route's page says it is ready (every part loaded). */
    void awaitPage() {
        await(d -> !d.findElements(By.cssSelector("#app .page[data-ready='true']")).isEmpty());
    }

    private String currentPageId() {
        Object id = ((JavascriptExecutor) driver).executeScript(
                "const p = document.querySelector('#app .page'); if (!p) return ''; if (!p.dataset.uid) p.dataset.uid = String(Math.random()); return p.dataset.uid;");
        return id == null ? "" : id.toString();
    }

    <T> T await(Function<WebDriver, T> condition) {
        return await(condition, PATIENCE);
    }

    /** Waits longer than usual, for what the platform does in minutes (opening a year copies a whole report). */
    <T> T await(Function<WebDriver, T> condition, Duration patience) {
        return new WebDriverWait(driver, patience, Duration.ofMillis(250))
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    WebElement find(String css) {
        return await(d -> d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Waits for a finished download (no partial file left) and returns it. */
    Path awaitDownload(String suffix) {
        return await(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> all = files.toList();
                boolean partial = all.stream().anyMatch(p -> p.toString().endsWith(".crdownload"));
                Optional<Path> done = all.stream().filter(p -> p.toString().endsWith(suffix)).findFirst();
                return partial ? null : done.orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    /** A screenshot of the whole page, top to bottom (at most 16 000 pixels high), through the DevTools protocol. */
    Path screenshot(String name) {
        try {
            Number width = (Number) script("return Math.ceil(document.documentElement.scrollWidth)");
            Number height = (Number) script("return Math.ceil(document.documentElement.scrollHeight)");
            Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width.intValue(),
                    "height", Math.min(height.intValue(), 16_000), "scale", 1);
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
            byte[] png = Base64.getDecoder().decode((String) shot.get("data"));
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
            deleteQuietly(downloads);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temporary folder; the OS cleans up what is left
        }
    }
}
