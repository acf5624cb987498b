"""The steps every path through the pages takes: signing in and out, waiting for a page by its
heading, reading its main text and error summary, and checking it on a 390 px phone."""
import re

from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

from common import BASE, PASSWORDS

# A UPN as the DfE writes it (a letter, twelve digits): never on a page a provider reads.
UPN = re.compile(r"\b[A-Z]\d{12}\b")


class Pages:
    def __init__(self, run):
        self.run = run
        self.driver, self.wait = run.driver, run.wait

    def fits(self, label):
        """No sideways scrolling at 390 px, and no axe-core violations there either."""
        driver = self.driver
        driver.set_window_size(390, 1000)
        sideways = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        self.run.check(f"{label} fits a 390 px phone", sideways <= 0, f"{sideways} px sideways")
        self.run.axe(f"{label} at 390 px")
        driver.set_window_size(1280, 1600)

    def main_text(self):
        """The page's main text, or "" while the page is being replaced."""
        try:
            return self.driver.find_element(By.CSS_SELECTOR, "main").text
        except (StaleElementReferenceException, NoSuchElementException):
            return ""

    def after_heading(self, words):
        """Waits for the page whose heading has `words` (not the one it replaced); its main text."""
        self.wait.until(EC.presence_of_element_located((By.XPATH, f"//h1[contains(., \"{words}\")]")))
        return self.main_text()

    def sign_in(self, login, password=None):
        """Signs in as a login, or as the demo account of a role (`student`) without a password."""
        if password is None:
            login, password = f"{login}@demo.wexchange.test", PASSWORDS[login]
        driver = self.driver
        driver.get(BASE + "/sign-in")
        driver.find_element(By.ID, "email").send_keys(login)
        driver.find_element(By.ID, "password").send_keys(password)
        driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
        self.wait.until(EC.url_contains("/home"))

    def sign_out(self):
        """Signs out and waits for the signed-out page, so the next page is not asked for mid-way."""
        self.driver.find_element(By.XPATH, "//header//button[contains(., 'Sign out')]").click()
        self.wait.until(lambda d: not d.find_elements(By.XPATH, "//header//button[contains(., 'Sign out')]"))

    def error_summary(self):
        """The error summary, and whether it took the focus (so a screen reader reads it first)."""
        summary = self.wait.until(EC.presence_of_element_located((By.ID, "error-summary")))
        focused = self.driver.switch_to.active_element.get_attribute("id") == "error-summary"
        return summary, focused
