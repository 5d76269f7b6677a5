package org.pressdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.pressdesk.support.Browser;

class BrowserProbeTest {

    @Test
    void drivesHeadlessChromium() {
        try (Browser browser = Browser.start("zh-CN")) {
            browser.driver().get("data:text/html;charset=utf-8,<h1>发布队列</h1>");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("发布队列");
            assertThat(browser.screenshot("probe")).exists();
        }
    }
}
