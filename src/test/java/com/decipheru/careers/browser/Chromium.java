package com.decipheru.careers.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, both named explicitly so Selenium
 * Manager never looks for (or downloads) a browser or a driver.
 */
final class Chromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path TOOLS = Path.of(System.getProperty("browser.tools", "target/browser-tools/node_modules"));
    static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    /**
     * Selenium warns on every start that it has no CDP bindings for this Chromium version; the tests send raw
     * CDP commands only, so the warning tells nothing. Kept in a field: JUL holds loggers weakly.
     */
    private static final Logger SELENIUM = Logger.getLogger("org.openqa.selenium");

    private Chromium() {
    }

    static ChromeDriver start() throws IOException {
        SELENIUM.setLevel(Level.SEVERE);
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--window-size=1366,900",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        // The browser console (errors such as a missing favicon) can be read back with consoleErrors().
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** The layout viewport of a phone or a desktop, exactly, whatever the window. */
    static void viewport(ChromeDriver driver, int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    static void colorScheme(ChromeDriver driver, String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /**
     * What the console logged as an error since it was last read: failed loads, script errors, CSP
     * violations. The favicon is fetched after the page loads, so the page is given a moment to settle.
     */
    static List<String> consoleErrors(ChromeDriver driver) throws InterruptedException {
        Thread.sleep(300);
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** A screenshot of the whole page, not only the viewport. */
    static Path fullPageScreenshot(ChromeDriver driver, String name) throws IOException {
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        return file;
    }
}
