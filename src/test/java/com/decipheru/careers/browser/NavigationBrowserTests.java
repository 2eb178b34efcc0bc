package com.decipheru.careers.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reader's walk through the real site in Chromium, at phone and desktop sizes, light and dark. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "site.watch=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NavigationBrowserTests {

    private static final List<int[]> SIZES = List.of(new int[] {375, 812}, new int[] {1366, 900});

    @LocalServerPort
    int port;

    private ChromeDriver driver;

    @BeforeAll
    void startBrowser() throws Exception {
        driver = Chromium.start();
    }

    @AfterAll
    void stopBrowser() {
        driver.quit();
    }

    @BeforeEach
    void desktopLight() {
        Chromium.viewport(driver, 1366, 900);
        Chromium.colorScheme(driver, "light");
    }

    @Test
    void walksFromHomeToAGuideAcrossItsBridgeAndBack() {
        open("/");
        driver.findElement(By.linkText("Applied AI")).click();
        assertThat(path()).isEqualTo("/ai/careers");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Applied AI careers");

        driver.findElement(By.cssSelector(".card a[href='/ai/careers/mlops-engineer']")).click();
        assertThat(path()).isEqualTo("/ai/careers/mlops-engineer");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("MLOps Engineer");

        driver.findElement(By.linkText("Read the SOC Analyst guide →")).click();
        assertThat(path()).isEqualTo("/cyber/careers/soc-analyst");
        assertThat(driver.findElement(By.cssSelector("section.bridge .role-links")).getText()).contains("MLOps Engineer");

        driver.navigate().back();
        assertThat(path()).isEqualTo("/ai/careers/mlops-engineer");
    }

    @Test
    void noPageScrollsSidewaysOnAPhoneOrADesktop() {
        for (int[] size : SIZES) {
            Chromium.viewport(driver, size[0], size[1]);
            for (String page : List.of("/", "/ai/careers", "/cyber/careers", "/ai-for-cyber/careers", "/cyber-for-ai/careers",
                    "/ai/careers/mlops-engineer", "/cyber-for-ai/careers/llm-application-security-engineer", "/nope")) {
                open(page);
                long scrollWidth = number("return document.documentElement.scrollWidth");
                long clientWidth = number("return document.documentElement.clientWidth");
                assertThat(scrollWidth).as(page + " at " + size[0] + "px").isLessThanOrEqualTo(clientWidth);
            }
        }
    }

    @Test
    void theFourStatTilesAreReadableAtBothSizes() {
        for (int[] size : SIZES) {
            Chromium.viewport(driver, size[0], size[1]);
            open("/ai/careers/mlops-engineer");
            List<WebElement> tiles = driver.findElements(By.cssSelector(".stats .stat"));
            assertThat(tiles).hasSize(4);
            for (WebElement tile : tiles) {
                String label = size[0] + "px " + tile.getText().replace('\n', ' ');
                assertThat(tile.isDisplayed()).as(label).isTrue();
                assertThat(tile.getRect().getX() + tile.getRect().getWidth()).as(label).isLessThanOrEqualTo(size[0]);
                assertThat(number("return arguments[0].scrollWidth - arguments[0].clientWidth", tile)).as(label + " overflows").isLessThanOrEqualTo(0);
                double fontSize = Double.parseDouble(tile.findElement(By.tagName("dd")).getCssValue("font-size").replace("px", ""));
                assertThat(fontSize).as(label + " value font size").isGreaterThanOrEqualTo(16);
            }
        }
    }

    @Test
    void darkModeRendersTheDarkTheme() {
        open("/ai/careers/mlops-engineer");
        double light = luminance(driver.findElement(By.tagName("body")).getCssValue("background-color"));
        Chromium.colorScheme(driver, "dark");
        open("/ai/careers/mlops-engineer");
        double dark = luminance(driver.findElement(By.tagName("body")).getCssValue("background-color"));
        double darkText = luminance(driver.findElement(By.tagName("body")).getCssValue("color"));

        assertThat(light).isGreaterThan(0.9);
        assertThat(dark).isLessThan(0.1);
        assertThat(darkText).isGreaterThan(0.6);
    }

    @Test
    void tabReachesEveryLinkWithAVisibleFocusOutline() {
        open("/ai/careers/mlops-engineer");
        Set<String> links = new LinkedHashSet<>();
        for (WebElement link : driver.findElements(By.cssSelector("a[href]"))) {
            links.add(describe(link));
        }
        List<String> withoutOutline = new ArrayList<>();
        Set<String> reached = new LinkedHashSet<>();
        Actions keyboard = new Actions(driver);
        for (int i = 0; i < links.size() + 5; i++) {
            keyboard.sendKeys(Keys.TAB).perform();
            WebElement focused = driver.switchTo().activeElement();
            if (focused.getTagName().equals("a")) {
                reached.add(describe(focused));
                String style = focused.getCssValue("outline-style");
                double width = Double.parseDouble(focused.getCssValue("outline-width").replace("px", ""));
                if (style.equals("none") || width < 2) {
                    withoutOutline.add(describe(focused) + " (" + style + " " + width + "px)");
                }
            }
        }
        assertThat(reached).as("links reached by Tab").containsAll(links);
        assertThat(withoutOutline).as("focused links without a visible outline").isEmpty();
    }

    @Test
    void theConsoleLogsNoErrorOnHomeAHubOrAGuide() throws Exception {
        Chromium.consoleErrors(driver);
        for (String page : List.of("/", "/ai/careers", "/ai/careers/mlops-engineer")) {
            open(page);
            assertThat(Chromium.consoleErrors(driver)).as("console errors on " + page).isEmpty();
        }
    }

    @Test
    void everyPageHasAnIconTheBrowserCanLoad() {
        open("/ai/careers/mlops-engineer");
        String icon = driver.findElement(By.cssSelector("link[rel=icon][type='image/svg+xml']")).getDomProperty("href");
        assertThat(icon).matches("http://127\\.0\\.0\\.1:\\d+/css/icon-[0-9a-f]{32}\\.svg");
        assertThat((Boolean) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const image = new Image();
                image.onload = () => done(image.naturalWidth > 0);
                image.onerror = () => done(false);
                image.src = arguments[0];""", icon)).isTrue();
    }

    @Test
    void savesFullPageScreenshotsOfHomeAndTheReferenceGuide() throws Exception {
        List<java.nio.file.Path> saved = new ArrayList<>();
        for (int[] size : SIZES) {
            Chromium.viewport(driver, size[0], size[1]);
            String device = size[0] < 600 ? "mobile" : "desktop";
            open("/");
            saved.add(Chromium.fullPageScreenshot(driver, "home-" + device));
            open("/ai/careers/mlops-engineer");
            saved.add(Chromium.fullPageScreenshot(driver, "mlops-engineer-" + device));
        }
        assertThat(saved).allSatisfy(file -> assertThat(file).isNotEmptyFile());
        System.out.println("screenshots: " + saved);
    }

    private void open(String path) {
        driver.get("http://127.0.0.1:" + port + path);
    }

    private String path() {
        return driver.getCurrentUrl().replaceFirst("^http://127\\.0\\.0\\.1:\\d+", "");
    }

    private long number(String script, Object... args) {
        return ((Number) driver.executeScript(script, args)).longValue();
    }

    private static String describe(WebElement link) {
        return link.getDomProperty("textContent").strip().replaceAll("\\s+", " ") + " -> " + link.getDomAttribute("href");
    }

    /** Relative luminance (WCAG) of a computed CSS colour such as "rgba(16, 21, 28, 1)". */
    static double luminance(String cssColor) {
        String[] parts = cssColor.replaceAll("[^0-9.,]", "").split(",");
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Double.parseDouble(parts[i]) / 255;
            channels[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }

}
