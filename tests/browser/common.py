"""What every browser test shares: a headless Chromium, a pass/fail tally, axe-core checks."""
import importlib.resources
import os
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

BASE = os.environ.get("WEXCHANGE_URL", "http://127.0.0.1:8080")
# The demo logins (DemoAccounts.swift fixes them; `serve --demo` prints them).
PASSWORDS = {
    "careers-leader": "amber kettle harbour",
    "school-staff": "silver maple lantern",
    "student": "orange comet meadow",
    "parent": "velvet garden river",
    "provider-admin": "copper anchor violet",
    "provider-staff": "granite window sparrow",
    "hub-coordinator": "tulip engine lighthouse",
    "national-admin": "marble thistle pocket",
    "assessor": "cedar ribbon canyon",
}
AXE_JS = (importlib.resources.files("axe_playwright_python") / "axe.min.js").read_text()


class Run:
    def __init__(self):
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for flag in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1600"]:
            options.add_argument(flag)
        self.driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        self.wait = WebDriverWait(self.driver, 20)
        # axe-core on a long page (the printable inspection copy lists every student behind) took
        # over Selenium's default 30 s on a loaded 2-core CI machine.
        self.driver.set_script_timeout(180)
        self.passed = 0
        self.failed = 0

    def check(self, name, condition, detail=""):
        if condition:
            self.passed += 1
            print(f"PASS {name}")
        else:
            self.failed += 1
            print(f"FAIL {name} {detail}")

    def axe(self, page):
        self.driver.execute_script(AXE_JS)
        result = self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document).then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ')')));"
        )
        self.check(f"no axe-core violations on {page}", not result, "; ".join(result))

    def finish(self):
        # Called from `finally`: an exception on its way out (a missing element, a timeout) is a
        # failure too, and must not be swallowed by the exit below.
        error = sys.exc_info()[1]
        if error is not None:
            import traceback
            traceback.print_exception(error)
            self.failed += 1
        self.driver.quit()
        print(f"{self.passed} passed, {self.failed} failed")
        sys.exit(1 if self.failed else 0)
