"""Browser test: every page each role can reach, at a phone's 390 px and a desktop's 1280 px,
fits the screen (nothing scrolls sideways) and has no axe-core violations. Pages are found by
following the links on each role's start page and menu, one step deep, so new pages are
checked without being listed here."""
import re
from urllib.parse import urljoin, urlparse

from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

from common import BASE, PASSWORDS, Run

run = Run()
driver, wait, check, axe = run.driver, run.wait, run.check, run.axe
# Links that change something or leave the pages (the API, files).
SKIP = ("/api/", "/assets/", "/metrics", "/health", "/sign-out")


def sign_in(role):
    driver.delete_all_cookies()
    driver.get(BASE + "/sign-in")
    driver.find_element(By.ID, "email").send_keys(f"{role}@demo.wexchange.test")
    driver.find_element(By.ID, "password").send_keys(PASSWORDS[role])
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    wait.until(EC.url_contains("/home"))


def same_site_links():
    found = []
    for anchor in driver.find_elements(By.CSS_SELECTOR, "a[href]"):
        url = urljoin(driver.current_url, anchor.get_attribute("href"))
        parsed = urlparse(url)
        if url.startswith(BASE) and not parsed.path.startswith(SKIP) and "#" not in url:
            found.append(url)
    return found


def pattern(url):
    """One page of each kind: ids become {id} and queries are dropped."""
    return re.sub(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}", urlparse(url).path)


# Pages that look the same whoever reads them (apart from the menu), checked once.
ONCE = {"/accessibility", "/privacy", "/cookies", "/contact", "/about", "/sign-in", "/password-reset"}


def fits(label):
    sideways = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    check(f"{label} does not scroll sideways", sideways <= 0, f"{sideways} px too wide")


try:
    checked_once = set()
    for role in [None] + list(PASSWORDS):
        driver.set_window_size(1280, 1000)
        if role:
            try:
                sign_in(role)
            except TimeoutException:
                check(f"{role} signs in with the demo password", False, driver.current_url)
                continue
        else:
            driver.get(BASE + "/")
        pages = [driver.current_url] + same_site_links()
        if not role:
            pages.append(BASE + "/design")  # not linked; `serve --demo` serves it
        visited, kinds = [], set()
        for url in pages:
            kind = pattern(url)
            if kind in kinds or (kind in ONCE and kind in checked_once) or len(visited) >= 20:
                continue
            kinds.add(kind)
            checked_once.add(kind)
            visited.append(url)
            driver.get(url)
            # One step deeper from the start page and the lists: confirmation and detail pages.
            if url == pages[0] or kind in ("/moderation", "/badges", "/organisation", "/provider/listings", "/reviews", "/account", "/audit", "/students"):
                pages += [link for link in same_site_links() if link not in pages]
        for url in visited:
            path = url[len(BASE):] or "/"
            for width in (1280, 390):
                driver.set_window_size(width, 1000)
                driver.get(url)
                fits(f"{role or 'anyone'}: {path} at {width} px")
            axe(f"{role or 'anyone'}: {path} at 390 px")
        check(f"{role or 'anyone'} reaches several pages", len(visited) >= 3, str(visited))
finally:
    run.finish()
